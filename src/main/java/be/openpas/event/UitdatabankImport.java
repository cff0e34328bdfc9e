package be.openpas.event;

import java.util.List;
import java.util.UUID;

/**
 * The result of an UiTdatabank JSON-LD import: the events created or replaced, and the unpublished ones skipped, by
 * their path in the document ({@code member[1]}; the empty path for a document of one event).
 */
public record UitdatabankImport(List<UUID> imported, List<String> skipped) {}
