package dev.tiercel.frontend.ast;

/** Expression context: how a name/attribute/subscript/starred/list/tuple is used. */
public enum Ctx { LOAD, STORE, DEL }
