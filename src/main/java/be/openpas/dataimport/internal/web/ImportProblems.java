package be.openpas.dataimport.internal.web;

import be.openpas.dataimport.ImportError;
import be.openpas.dataimport.ImportRejected;
import be.openpas.dataimport.UnreadableImport;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.JsonPointers;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import be.openpas.shared.problem.SchemaError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How a refused import looks, for {@code POST /admin/imports} and in the log of {@code --import}: one
 * {@code body/invalid-data} with a JSON pointer into the document per error. The problem of each entry's refusal (as
 * its module answers it) is placed at the entry: its schema errors below the entry's pointer, or else its detail at
 * the entry's pointer.
 */
@Component
class ImportProblems implements RefusalMapping {

    @Override
    public void map(Mappings mappings) {
        mappings.on(ImportRejected.class, (rejected, usual) -> ApiProblem.invalidData(schemaErrors(rejected, usual)))
                .on(
                        UnreadableImport.class,
                        refusal -> new ApiProblem(
                                ProblemType.BODY_INVALID_SYNTAX,
                                "The import document is not valid JSON (line %d, column %d)."
                                        .formatted(refusal.line(), refusal.column())));
    }

    private static List<SchemaError> schemaErrors(ImportRejected rejected, Usual usual) {
        List<SchemaError> errors = new ArrayList<>();
        for (ImportError error : rejected.errors()) {
            String pointer = JsonPointers.fromPropertyPath(error.path());
            ApiProblem problem = usual.problem(error.refusal());
            if (problem.schemaErrors().isEmpty()) {
                errors.add(new SchemaError(pointer, problem.detail()));
            } else if (error.path().isEmpty()) {
                errors.addAll(problem.schemaErrors());
            } else {
                problem.schemaErrors().forEach(schemaError -> errors.add(schemaError.prefixed(pointer)));
            }
        }
        return errors;
    }
}
