package org.mappahub.web.govuk;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only view of a component's options in which every key "exists": Spring's SpEL map accessor
 * only reads keys a map contains, so {@code params.hint} on a map without {@code hint} would fail
 * instead of giving {@code null} as Nunjucks does. Nested maps and lists are wrapped as they are read.
 */
final class GovukParams extends AbstractMap<String, Object> {

    private final Map<?, ?> delegate;

    private GovukParams(Map<?, ?> delegate) {
        this.delegate = delegate;
    }

    static Object wrap(Object value) {
        if (value instanceof GovukParams || value instanceof WrappedList) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return new GovukParams(map);
        }
        if (value instanceof List<?> list) {
            return new WrappedList(list);
        }
        return value;
    }

    /** The map under a wrapper (or the map itself). */
    static Map<?, ?> unwrap(Map<?, ?> map) {
        return map instanceof GovukParams params ? params.delegate : map;
    }

    /** Whether the options really contain {@code key} (even with a {@code null} value). */
    boolean defines(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Object get(Object key) {
        return wrap(delegate.get(key));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<? extends Entry<?, ?>> entries = delegate.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        Entry<?, ?> entry = entries.next();
                        return new SimpleImmutableEntry<>(String.valueOf(entry.getKey()), wrap(entry.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return delegate.size();
            }
        };
    }

    private static final class WrappedList extends AbstractList<Object> {
        private final List<?> delegate;

        WrappedList(List<?> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object get(int index) {
            return wrap(delegate.get(index));
        }

        @Override
        public int size() {
            return delegate.size();
        }
    }
}
