package org.signatorytracker.states;

/** How responses name a state: always its ISO3 code and its UN short name. */
public record StateRef(String iso3, String name) {}
