package org.signatorytracker.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record was a mistake. */
public record RetractionRequest(@NotBlank @Size(max = 2000) String reason) {}
