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

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.cloud.utils.db.SearchCriteria.Func;
import com.cloud.utils.db.SearchCriteria.Op;
import com.cloud.utils.db.SearchCriteria.SelectType;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Builds a search once (typically in a DAO constructor): conditions name the entity's fields by
 * calling getters on {@link #entity()}, values are given later to the {@link SearchCriteria}
 * made by {@link #create()}. The SQL is produced with placeholders only.
 *
 * @param <J> the concrete builder type
 * @param <T> the entity searched
 * @param <K> the result type (the entity, or a value/holder for custom searches)
 */
public abstract class SearchBase<J extends SearchBase<?, T, K>, T, K> {

    final EntityMetadata<T> _metadata;
    final Map<String, Attribute> _attrs;
    final Class<T> _entityBeanType;
    final Class<K> _resultType;
    final ArrayList<Condition> _conditions = new ArrayList<>();
    final ArrayList<Attribute> _specifiedAttrs = new ArrayList<>();
    protected ArrayList<Select> _selects;
    protected SelectType _selectType;
    T _entity;

    SearchBase(final Class<T> entityType, final Class<K> resultType) {
        _metadata = EntityMetadata.of(entityType);
        _entityBeanType = entityType;
        _resultType = resultType;
        _attrs = _metadata.byFieldName;
        _entity = _metadata.newSearchEntity(this);
    }

    /**
     * Selects a function of a field (or of every row: COUNT with a null field) as the result.
     *
     * @param fieldName field of the result class receiving the value; null for a single-value result
     * @param func the function
     * @param field {@code entity().getX()}, or null
     * @param params further {@code entity()} fields for functions of several columns
     */
    @SuppressWarnings("unchecked")
    public J select(final String fieldName, final Func func, final Object field, final Object... params) {
        checkModifiable();
        if (func.getCount() <= 1 && _specifiedAttrs.size() > 1) {
            throw new CloudRuntimeException("You can't specify more than one field for " + func);
        }
        if (func.getCount() != -1 && func.getCount() != params.length + 1) {
            throw new CloudRuntimeException("The number of parameters does not match the function param count for " + func);
        }
        if (_selects == null) {
            _selects = new ArrayList<>();
        }
        Field declaredField = null;
        if (fieldName != null) {
            declaredField = resultField(fieldName);
        } else if (!_selects.isEmpty()) {
            throw new CloudRuntimeException("Selecting more than one value needs a result class with fields to hold them");
        }
        _selects.add(new Select(func, new ArrayList<>(_specifiedAttrs), declaredField));
        _specifiedAttrs.clear();
        return (J)this;
    }

    /** Selects entity fields into the same-named fields of the result class. */
    @SuppressWarnings("unchecked")
    public J selectFields(final Object... fields) {
        checkModifiable();
        if (_specifiedAttrs.isEmpty()) {
            throw new CloudRuntimeException("You didn't specify any attributes");
        }
        if (_selects == null) {
            _selects = new ArrayList<>();
        }
        for (Attribute attr : _specifiedAttrs) {
            // A result class without a field of that name (String, Long...) receives the single value.
            Field field = findResultField(attr.field.getName());
            _selects.add(new Select(Func.NATIVE, Collections.singletonList(attr), field));
        }
        _specifiedAttrs.clear();
        return (J)this;
    }

    public SelectType getSelectType() {
        return _selectType;
    }

    /** The entity whose getters name the fields of the search. */
    public T entity() {
        return _entity;
    }

    public SearchCriteria<K> create() {
        if (_entity != null) {
            finish();
        }
        return new SearchCriteria<K>(this);
    }

    /** Starts an OR group: {@code or().op(...).cp()}. */
    @SuppressWarnings("unchecked")
    public J or() {
        checkModifiable();
        _conditions.add(Condition.connector(" OR "));
        return (J)this;
    }

    /** Starts an AND group: {@code and().op(...).cp()}. */
    @SuppressWarnings("unchecked")
    public J and() {
        checkModifiable();
        _conditions.add(Condition.connector(" AND "));
        return (J)this;
    }

    /** Closes a parenthesis opened by op(). */
    @SuppressWarnings("unchecked")
    public J cp() {
        checkModifiable();
        _conditions.add(Condition.closeParen());
        return (J)this;
    }

    /** Opens a parenthesis. */
    @SuppressWarnings("unchecked")
    public J op() {
        checkModifiable();
        _conditions.add(Condition.openParen(null));
        return (J)this;
    }

    /** Called by the search entity when one of its getters runs. */
    void capture(Method getter) {
        String name = getter.getName();
        String fieldName = name.startsWith("is") ? decap(name.substring(2)) : decap(name.substring(3));
        Attribute attr = _attrs.get(fieldName);
        if (attr == null) {
            throw new CloudRuntimeException(_entityBeanType.getSimpleName() + "." + name + "() does not name a persisted field (looked for '" + fieldName + "')");
        }
        _specifiedAttrs.add(attr);
    }

    private static String decap(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    void checkModifiable() {
        if (_entity == null) {
            throw new CloudRuntimeException("SearchBuilder cannot be modified once it has been setup");
        }
    }

    Attribute takeSpecifiedAttribute() {
        if (_specifiedAttrs.size() != 1) {
            int n = _specifiedAttrs.size();
            _specifiedAttrs.clear();
            throw new CloudRuntimeException("Name exactly one field with entity().getX() in the condition (got " + n + ")");
        }
        Attribute attr = _specifiedAttrs.get(0);
        _specifiedAttrs.clear();
        return attr;
    }

    Condition constructCondition(final String conditionName, final String connector, final Attribute attr, final Op op, final boolean openParen) {
        checkModifiable();
        checkOp(op);
        if (conditionName != null) {
            for (Condition c : _conditions) {
                if (conditionName.equals(c.name)) {
                    throw new CloudRuntimeException("Duplicate search condition name '" + conditionName + "'");
                }
            }
        }
        Condition condition = openParen ? Condition.openParen(attr) : Condition.of(connector, attr);
        condition.name = conditionName;
        condition.op = op;
        _conditions.add(condition);
        return condition;
    }

    static void checkOp(Op op) {
        if (op == Op.TEXT || op == Op.RP || op == Op.AND || op == Op.OR || op == Op.NOT) {
            throw new CloudRuntimeException("Op." + op.name() + " is not supported in a condition by the shim");
        }
    }

    private Field resultField(String fieldName) {
        Field f = findResultField(fieldName);
        if (f == null) {
            throw new CloudRuntimeException("Unable to find " + fieldName + " in " + _resultType.getName());
        }
        return f;
    }

    private Field findResultField(String fieldName) {
        if (_resultType.isPrimitive() || _resultType.getName().startsWith("java.")) {
            return null;
        }
        for (Class<?> c = _resultType; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(fieldName);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /** Freezes the search: validates it and works out what a row of its result is. */
    synchronized void finish() {
        if (_entity == null) {
            return;
        }
        int depth = 0;
        for (Condition c : _conditions) {
            if (c.kind == Condition.Kind.OPEN) {
                depth++;
            } else if (c.kind == Condition.Kind.CLOSE) {
                depth--;
                if (depth < 0) {
                    throw new CloudRuntimeException("cp() without a matching op() in the search on " + _entityBeanType.getSimpleName());
                }
            }
        }
        if (depth != 0) {
            throw new CloudRuntimeException("op() without a matching cp() in the search on " + _entityBeanType.getSimpleName());
        }
        if (!_specifiedAttrs.isEmpty()) {
            throw new CloudRuntimeException("entity().get...() was called without using the field in the search on " + _entityBeanType.getSimpleName());
        }
        _metadata.detachSearchEntity(_entity);
        _entity = null;

        if (_selects == null || _selects.isEmpty()) {
            if (!_resultType.isAssignableFrom(_entityBeanType)) {
                throw new CloudRuntimeException("The search returns " + _resultType.getSimpleName() + " but selects nothing");
            }
            _selectType = SelectType.Entity;
            return;
        }
        for (Select select : _selects) {
            if (select.field == null) {
                if (_selects.size() != 1) {
                    throw new CloudRuntimeException("Several selects need a result class with fields to hold them");
                }
                _selectType = SelectType.Single;
                return;
            }
        }
        _selectType = SelectType.Result;
    }

    protected static class Condition {
        enum Kind { CONNECTOR, COND, OPEN, CLOSE }

        final Kind kind;
        final String connector;
        final Attribute attr;
        String name;
        Op op;
        Object[] presets;

        private Condition(Kind kind, String connector, Attribute attr) {
            this.kind = kind;
            this.connector = connector;
            this.attr = attr;
        }

        static Condition connector(String connector) {
            return new Condition(Kind.CONNECTOR, connector, null);
        }

        static Condition of(String connector, Attribute attr) {
            return new Condition(Kind.COND, connector, attr);
        }

        static Condition openParen(Attribute attr) {
            return new Condition(Kind.OPEN, null, attr);
        }

        static Condition closeParen() {
            return new Condition(Kind.CLOSE, null, null);
        }

        public boolean isPreset() {
            return presets != null;
        }

        public void setPresets(final Object... presets) {
            this.presets = presets;
        }

        public Object[] getPresets() {
            return presets;
        }
    }

    protected static class Select {
        public Func func;
        public List<Attribute> attributes;
        public Field field;

        public Select(final Func func, final List<Attribute> attributes, final Field field) {
            this.func = func;
            this.attributes = attributes;
            this.field = field;
        }
    }
}
