package be.openpas.shared.web;

import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors that happen outside Spring MVC (servlet container, filters) are problems too, never an HTML page. */
@RestController
class ProblemErrorController implements ErrorController {

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BODY_INVALID_SYNTAX;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.URL_NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.HEADER_NOT_ACCEPTABLE;
            case 415 -> ProblemType.HEADER_UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.INTERNAL_ERROR;
        };
        int effectiveStatus = type == ProblemType.INTERNAL_ERROR ? 500 : status;
        return ResponseEntity.status(effectiveStatus)
                .contentType(MediaType.parseMediaType(Problems.MEDIA_TYPE))
                .body(problems.body(type, effectiveStatus, null, List.of(), Map.of()));
    }
}
