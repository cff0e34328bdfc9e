package be.openpas.shared.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a JSON request body is JSON at all. Jackson stops at the first token that does not fit the expected type: a
 * broken body that starts with <code>{</code> sent to an operation that expects an array (or the other way round) would be
 * answered {@code body/invalid-data} ("expected a value of type array"), where the contract says
 * {@code body/invalid-syntax} for a body that is not JSON. The body is kept while it is bound, and read once more for its
 * syntax only when binding failed.
 */
@ControllerAdvice
class JsonBodySyntax extends RequestBodyAdviceAdapter {

    private static final String BODY = JsonBodySyntax.class.getName() + ".body";

    private final JsonMapper json;

    JsonBodySyntax(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = input.getBody().readAllBytes();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(BODY, body, RequestAttributes.SCOPE_REQUEST);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** The syntax error of the body of the current request, if it was read as JSON and is not JSON. */
    Optional<StreamReadException> syntaxError() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || !(request.getAttribute(BODY, RequestAttributes.SCOPE_REQUEST) instanceof byte[] body)) {
            return Optional.empty();
        }
        try (JsonParser parser = json.createParser(body)) {
            while (parser.nextToken() != null) {
                // every token, to the end
            }
            return Optional.empty();
        } catch (StreamReadException broken) {
            return Optional.of(broken);
        } catch (JacksonException other) {
            return Optional.empty();
        }
    }
}
