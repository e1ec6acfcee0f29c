/**
 * The trace contract between the tier-2 optimizer and the backends that run traces: the uop definitions and the
 * trace format. (Filled in by the tier-2 work; backends already depend on this package by module.)
 */
package dev.tiercel.tier2.trace;
