// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.

package com.cloud.utils.db;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.SecondaryTable;
import javax.persistence.SecondaryTables;
import javax.persistence.Table;
import javax.persistence.Transient;

import com.cloud.utils.exception.CloudRuntimeException;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassInjector;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * What GenericDaoBase knows about one entity class: its table, its persisted fields (every
 * instance field that is neither static, transient nor {@code @Transient}, as CloudStack maps
 * them) and two generated subclasses. Entities handed out by a DAO are instances of the
 * "tracked" subclass, which remembers the column values last read or written so update() can
 * write only what changed (CloudStack records setter calls instead; the effect is the same).
 * The "search" subclass answers getter calls in SearchBuilder.entity() by recording which field
 * was named.
 */
final class EntityMetadata<T> {
    static final String SNAPSHOT_FIELD = "$$shimSnapshot";
    static final String OWNER_FIELD = "$$shimSearchOwner";

    private static final Map<Class<?>, EntityMetadata<?>> CACHE = new ConcurrentHashMap<>();

    final Class<T> type;
    final String table;
    final List<Attribute> attributes;
    final Map<String, Attribute> byFieldName;
    final Attribute id;
    final Attribute created;
    final Attribute removed;
    final Attribute uuid;
    final String selectColumns;
    private final Class<? extends T> trackedClass;
    private final Field snapshotField;
    private final Constructor<? extends T> trackedConstructor;
    private final Class<? extends T> searchClass;
    private final Field ownerField;
    private final Constructor<? extends T> searchConstructor;

    @SuppressWarnings("unchecked")
    static <T> EntityMetadata<T> of(Class<T> type) {
        Class<?> key = type;
        while (isGenerated(key)) {
            key = key.getSuperclass();
        }
        return (EntityMetadata<T>)CACHE.computeIfAbsent(key, EntityMetadata::new);
    }

    static boolean isGenerated(Class<?> c) {
        return c.getName().endsWith("$$ShimTracked") || c.getName().endsWith("$$ShimSearch");
    }

    private EntityMetadata(Class<T> type) {
        this.type = type;
        this.table = tableOf(type);
        List<Attribute> attrs = new ArrayList<>();
        Map<String, Attribute> byName = new LinkedHashMap<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic() || f.getAnnotation(Transient.class) != null) {
                    continue;
                }
                if (f.getAnnotation(Embedded.class) != null || f.getAnnotation(EmbeddedId.class) != null || f.getAnnotation(ElementCollection.class) != null) {
                    throw new CloudRuntimeException(type.getName() + "." + f.getName() + ": embedded fields and element collections are not supported by the shim's GenericDaoBase");
                }
                javax.persistence.Column column = f.getAnnotation(javax.persistence.Column.class);
                if (column != null && !column.table().isEmpty() && !column.table().equals(table)) {
                    throw new CloudRuntimeException(type.getName() + "." + f.getName() + ": secondary tables are not supported by the shim's GenericDaoBase");
                }
                Attribute attr = new Attribute(f, table);
                attrs.add(attr);
                byName.put(f.getName(), attr);
            }
        }
        this.attributes = Collections.unmodifiableList(attrs);
        this.byFieldName = Collections.unmodifiableMap(byName);
        this.id = attrs.stream().filter(Attribute::isId).findFirst().orElse(null);
        this.created = attrs.stream().filter(a -> a.is(Attribute.Flag.Created)).findFirst().orElse(null);
        this.removed = attrs.stream().filter(a -> a.is(Attribute.Flag.Removed)).findFirst().orElse(null);
        this.uuid = byName.get("uuid");
        StringBuilder cols = new StringBuilder();
        for (Attribute a : attrs) {
            if (cols.length() > 0) {
                cols.append(", ");
            }
            cols.append(a.qualified());
        }
        this.selectColumns = cols.toString();

        try {
            this.trackedClass = generateTracked();
            this.snapshotField = trackedClass.getField(SNAPSHOT_FIELD);
            this.trackedConstructor = noArgConstructor(trackedClass);
            this.searchClass = generateSearch();
            this.ownerField = searchClass.getField(OWNER_FIELD);
            this.searchConstructor = noArgConstructor(searchClass);
        } catch (ReflectiveOperationException e) {
            throw new CloudRuntimeException("Unable to prepare " + type.getName() + " for the DAO: " + e.getMessage(), e);
        }
    }

    private static String tableOf(Class<?> type) {
        String found = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Table t = c.getAnnotation(Table.class);
            if (t != null) {
                if (found != null && !found.equals(t.name())) {
                    throw new CloudRuntimeException(type.getName() + " maps to tables " + found + " and " + t.name() + ": joined inheritance is not supported by the shim's GenericDaoBase");
                }
                found = t.name();
            }
            if (c.getAnnotation(SecondaryTable.class) != null || c.getAnnotation(SecondaryTables.class) != null) {
                throw new CloudRuntimeException(type.getName() + ": secondary tables are not supported by the shim's GenericDaoBase");
            }
        }
        if (found == null) {
            if (type.getAnnotation(Entity.class) == null) {
                throw new CloudRuntimeException(type.getName() + " is not an @Entity with a @Table");
            }
            found = type.getSimpleName();
        }
        return found;
    }

    private ClassLoadingStrategy<ClassLoader> loadingStrategy() {
        // Define the subclass in the entity's own package and class loader so it may call a
        // package-private no-arg constructor, as cglib does for CloudStack.
        if (ClassInjector.UsingLookup.isAvailable()) {
            try {
                return ClassLoadingStrategy.UsingLookup.of(MethodHandles.privateLookupIn(type, MethodHandles.lookup()));
            } catch (IllegalAccessException e) {
                // a named module that is not open to the shim: fall back to a child loader
            }
        }
        return ClassLoadingStrategy.Default.WRAPPER;
    }

    private Class<? extends T> generateTracked() {
        checkSubclassable();
        return new ByteBuddy()
                .subclass(type, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
                .name(type.getName() + "$$ShimTracked")
                .defineField(SNAPSHOT_FIELD, Object[].class, Visibility.PUBLIC)
                .make()
                .load(type.getClassLoader(), loadingStrategy())
                .getLoaded();
    }

    private Class<? extends T> generateSearch() {
        ElementMatcher.Junction<MethodDescription> getters = ElementMatchers.<MethodDescription>isPublic().or(ElementMatchers.isProtected())
                .and(ElementMatchers.not(ElementMatchers.isStatic()))
                .and(ElementMatchers.takesArguments(0))
                .and(ElementMatchers.not(ElementMatchers.returns(void.class)))
                .and(ElementMatchers.<MethodDescription>nameStartsWith("get").or(ElementMatchers.nameStartsWith("is")))
                .and(ElementMatchers.not(ElementMatchers.isDeclaredBy(Object.class)));
        return new ByteBuddy()
                .subclass(type, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
                .name(type.getName() + "$$ShimSearch")
                .defineField(OWNER_FIELD, Object.class, Visibility.PUBLIC)
                .method(getters)
                .intercept(InvocationHandlerAdapter.of(new SearchGetterHandler()))
                .make()
                .load(type.getClassLoader(), loadingStrategy())
                .getLoaded();
    }

    private void checkSubclassable() {
        if (Modifier.isFinal(type.getModifiers())) {
            throw new CloudRuntimeException(type.getName() + " is final; a DAO entity must be subclassable");
        }
        try {
            Constructor<T> c = type.getDeclaredConstructor();
            if (Modifier.isPrivate(c.getModifiers())) {
                throw new CloudRuntimeException(type.getName() + " needs a non-private no-argument constructor");
            }
        } catch (NoSuchMethodException e) {
            throw new CloudRuntimeException(type.getName() + " needs a no-argument constructor");
        }
    }

    private static <C> Constructor<C> noArgConstructor(Class<C> c) throws NoSuchMethodException {
        Constructor<C> ctor = c.getDeclaredConstructor();
        ctor.setAccessible(true);
        return ctor;
    }

    /** A new tracked instance whose baseline is the state its constructor left. */
    T newTracked() {
        T entity = instantiate(trackedConstructor);
        snapshot(entity);
        return entity;
    }

    /** A tracked instance without baseline yet (fields are set by the caller, then snapshot()). */
    T newTrackedUnset() {
        return instantiate(trackedConstructor);
    }

    T newSearchEntity(SearchBase<?, ?, ?> owner) {
        T entity = instantiate(searchConstructor);
        try {
            ownerField.set(entity, owner);
        } catch (IllegalAccessException e) {
            throw new CloudRuntimeException("Unable to prepare a search entity", e);
        }
        return entity;
    }

    void detachSearchEntity(Object entity) {
        if (entity != null) {
            try {
                ownerField.set(entity, null);
            } catch (IllegalAccessException e) {
                throw new CloudRuntimeException("Unable to detach a search entity", e);
            }
        }
    }

    boolean isTracked(Object entity) {
        return entity != null && trackedClass.isInstance(entity);
    }

    void snapshot(Object entity) {
        Object[] values = new Object[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = attributes.get(i).get(entity);
        }
        try {
            snapshotField.set(entity, values);
        } catch (IllegalAccessException e) {
            throw new CloudRuntimeException("Unable to track " + type.getSimpleName(), e);
        }
    }

    Object[] snapshotOf(Object entity) {
        try {
            return (Object[])snapshotField.get(entity);
        } catch (IllegalAccessException e) {
            throw new CloudRuntimeException("Unable to read the tracking state of " + type.getSimpleName(), e);
        }
    }

    private T instantiate(Constructor<? extends T> ctor) {
        try {
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new CloudRuntimeException("Unable to instantiate " + type.getName() + ": " + cause.getMessage(), cause);
        }
    }

    /** Answers getter calls on a search entity: records the field and returns a neutral value. */
    final class SearchGetterHandler implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object owner = ownerField != null ? ownerField.get(proxy) : null;
            if (owner instanceof SearchBase) {
                ((SearchBase<?, ?, ?>)owner).capture(method);
            }
            return ValueCodec.defaultValue(method.getReturnType());
        }
    }
}
