package dev.tiercel.frontend.compiler;

/** An entry of the frame-block stack used to unwind try/with/loops on break, continue and return. */
record FBlock(Type type, int block, int exit, Object datum, Loc loc) {
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }
}
