package org.signatorytracker.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a proposal is rejected. */
public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {}
