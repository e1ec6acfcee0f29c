/**
 * The embedding API: what the launcher (or any Java host) uses to configure the runtime and run a program.
 */
package dev.tiercel.runtime.api;
