package be.openpas.shared.problem;

import be.openpas.shared.logging.PersonalDataRedaction;
import be.openpas.shared.refusal.RefusalException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception that reaches Spring MVC into an {@code application/problem+json} response in the contract's
 * {@code Error} shape. Unexpected exceptions become a generic 500 without internal details; they are logged once
 * with the correlation id that the response also carries.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(Problems.MEDIA_TYPE);

    private final Problems problems;
    private final RefusalProblems refusals;
    private final JsonBodySyntax bodySyntax;

    ProblemHandler(Problems problems, RefusalProblems refusals, JsonBodySyntax bodySyntax) {
        this.problems = problems;
        this.refusals = refusals;
        this.bodySyntax = bodySyntax;
    }

    /** A refusal of the domain, answered as the module of the controller (or the refusal's own module) maps it. */
    @ExceptionHandler(RefusalException.class)
    ResponseEntity<Map<String, Object>> refused(RefusalException refused, @Nullable HandlerMethod handler) {
        return apiProblem(refusals.problem(refused.refusal(), handler));
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> apiProblem(ApiProblem problem) {
        HttpHeaders headers = new HttpHeaders();
        problem.headers().forEach(headers::add);
        return respond(problem.status(), problems.body(problem), headers);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof JacksonException jackson) {
            // a body that does not fit the expected shape may not even be JSON
            return apiProblem(JacksonProblems.from(bodySyntax
                    .syntaxError()
                    .<JacksonException>map(broken -> broken)
                    .orElse(jackson)));
        }
        String message = String.valueOf(exception.getMessage());
        if (message.startsWith("Required request body is missing")) {
            return apiProblem(new ApiProblem(ProblemType.BODY_MISSING, "A request body is required."));
        }
        return apiProblem(new ApiProblem(ProblemType.BODY_INVALID_SYNTAX, "The body could not be read as JSON."));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException exception) {
        List<SchemaError> errors = exception.getBindingResult().getAllErrors().stream()
                .map(ProblemHandler::schemaError)
                .sorted(Comparator.comparing(SchemaError::jsonPointer))
                .toList();
        return apiProblem(ApiProblem.invalidData(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalidParameters(HandlerMethodValidationException exception) {
        List<SchemaError> bodyErrors = new java.util.ArrayList<>();
        List<String> parameterErrors = new java.util.ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result.getMethodParameter().hasParameterAnnotation(RequestBody.class)) {
                String prefix = result.getContainerIndex() != null
                        ? "/" + result.getContainerIndex()
                        : result.getContainerKey() != null ? "/" + result.getContainerKey() : "";
                if (result instanceof ParameterErrors errors) {
                    errors.getAllErrors()
                            .forEach(error -> bodyErrors.add(schemaError(error).prefixed(prefix)));
                } else {
                    result.getResolvableErrors()
                            .forEach(error -> bodyErrors.add(new SchemaError(
                                    prefix.isEmpty() ? "/" : prefix, String.valueOf(error.getDefaultMessage()))));
                }
            } else {
                result.getResolvableErrors()
                        .forEach(error -> parameterErrors.add(
                                result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()));
            }
        }
        if (!bodyErrors.isEmpty()) {
            bodyErrors.sort(Comparator.comparing(SchemaError::jsonPointer));
            return apiProblem(ApiProblem.invalidData(bodyErrors));
        }
        return apiProblem(new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, String.join("; ", parameterErrors)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Map<String, Object>> constraintViolation(ConstraintViolationException exception) {
        List<SchemaError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new SchemaError(
                        JsonPointers.fromPropertyPath(
                                violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .sorted(Comparator.comparing(SchemaError::jsonPointer))
                .toList();
        return apiProblem(ApiProblem.invalidData(errors));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class, MissingPathVariableException.class
    })
    ResponseEntity<Map<String, Object>> notFound(Exception exception) {
        return apiProblem(new ApiProblem(ProblemType.URL_NOT_FOUND, "No resource exists at this URL."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException exception) {
        HttpHeaders headers = new HttpHeaders();
        if (exception.getSupportedHttpMethods() != null) {
            headers.setAllow(exception.getSupportedHttpMethods());
        }
        ApiProblem problem = new ApiProblem(
                ProblemType.METHOD_NOT_ALLOWED, "Method " + exception.getMethod() + " is not supported for this URL.");
        return respond(problem.status(), problems.body(problem), headers);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
        return apiProblem(new ApiProblem(
                ProblemType.HEADER_UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + exception.getContentType() + " is not supported; use "
                        + exception.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException exception) {
        return apiProblem(new ApiProblem(
                ProblemType.HEADER_NOT_ACCEPTABLE,
                "None of the accepted media types can be produced; available: " + exception.getSupportedMediaTypes()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException exception) {
        return apiProblem(new ApiProblem(
                ProblemType.URL_QUERY_PARAMETER_MISSING,
                "Query parameter '" + exception.getParameterName() + "' is required."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException exception) {
        if (exception
                .getParameter()
                .hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return apiProblem(new ApiProblem(ProblemType.URL_NOT_FOUND, "No resource exists at this URL."));
        }
        return apiProblem(new ApiProblem(
                ProblemType.URL_QUERY_PARAMETER_INVALID,
                "Query parameter '" + exception.getName() + "' has an invalid value."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Map<String, Object>> unauthenticated(AuthenticationException exception) {
        return apiProblem(new ApiProblem(ProblemType.UNAUTHORIZED, "Missing or invalid credentials."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> accessDenied(AccessDeniedException exception) {
        return apiProblem(new ApiProblem(ProblemType.FORBIDDEN, "The caller lacks the permission for this request."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception exception, HttpServletRequest request) {
        if (exception instanceof ErrorResponse errorResponse
                && errorResponse.getStatusCode().is4xxClientError()) {
            // A framework-level client error without a dedicated mapping: keep its status, say nothing internal.
            int status = errorResponse.getStatusCode().value();
            ProblemType type = status == 404 ? ProblemType.URL_NOT_FOUND : ProblemType.URL_QUERY_PARAMETER_INVALID;
            return respond(status, problems.body(type, status, null, List.of(), Map.of()), HttpHeaders.EMPTY);
        }
        log.error(
                "Unexpected error handling {} {}",
                request.getMethod(),
                routeOf(request),
                PersonalDataRedaction.redact(exception));
        return apiProblem(new ApiProblem(ProblemType.INTERNAL_ERROR, null));
    }

    private static String routeOf(HttpServletRequest request) {
        Object pattern =
                request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "(unmatched route)" : pattern.toString();
    }

    private static SchemaError schemaError(ObjectError error) {
        String message = error.getDefaultMessage() == null ? "invalid value" : error.getDefaultMessage();
        if (error instanceof FieldError field) {
            return new SchemaError(JsonPointers.fromPropertyPath(field.getField()), message);
        }
        return new SchemaError("/", message);
    }

    private static ResponseEntity<Map<String, Object>> respond(
            int status, Map<String, Object> body, HttpHeaders headers) {
        return ResponseEntity.status(HttpStatus.valueOf(status))
                .headers(headers)
                .contentType(PROBLEM_JSON)
                .body(body);
    }
}
