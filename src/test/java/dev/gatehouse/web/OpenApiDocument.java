package dev.gatehouse.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The served openapi.yaml, as text and as parsed by swagger-parser, for the tests that hold the server to it. */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static String yaml() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenAPI parsed() {
        return new OpenAPIV3Parser().readContents(yaml(), null, new ParseOptions()).getOpenAPI();
    }
}
