package be.openpas.event;

import java.util.List;
import java.util.UUID;

/** The result of an UiTdatabank JSON-LD import: the events created or replaced, and the unpublished ones skipped. */
public record UitdatabankImport(List<UUID> imported, List<String> skipped) {}
