package com.acme.crm.web.shared;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** The class behind a generic type and its type arguments, for reading bodies and describing them. */
public final class JavaTypes {

    private JavaTypes() {
    }

    /** {@code List<String>} → {@code List}; a type variable or wildcard → {@code Object}. */
    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class;
    }

    /** The type argument at {@code index} ({@code Map<K, V>}: 1 is V), or {@code Object} when not given. */
    public static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
