/**
 * Service interfaces of the execution tiers. Each tier module provides one of them with
 * {@code provides ... with ...}; {@link dev.tiercel.runtime.spi.Tiers} finds them with {@link java.util.ServiceLoader}
 * only, so the module path decides the configuration: a module that is absent is simply not found.
 */
package dev.tiercel.runtime.spi;
