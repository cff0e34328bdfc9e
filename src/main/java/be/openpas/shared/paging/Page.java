package be.openpas.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of search results in the contract's shape: {@code {totalItems, member}}. */
public record Page<T>(long totalItems, List<T> member) {

    public Page {
        member = List.copyOf(member);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(totalItems, member.stream().<R>map(mapper).toList());
    }

    /** A page cut from a complete, already sorted list (for small reference sets filtered in memory). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.start(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.size(), all.subList(from, to));
    }
}
