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

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cloud.utils.db.SearchBase.Condition;
import com.cloud.utils.db.SearchBase.Select;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * One use of a search: holds the values for the named conditions of its builder. A condition
 * whose value was never set is left out of the query (CloudStack's optional filters), except the
 * value-less ones (NULL, NNULL) and those with preset values.
 */
public class SearchCriteria<K> {
    public enum Op {
        GT(" > ? ", 1), GTEQ(" >= ? ", 1), LT(" < ? ", 1), LTEQ(" <= ? ", 1), EQ(" = ? ", 1), NEQ(" != ? ", 1), BETWEEN(" BETWEEN ? AND ? ", 2),
        NBETWEEN(" NOT BETWEEN ? AND ? ", 2), IN(" IN () ", -1), NOTIN(" NOT IN () ", -1), LIKE(" LIKE ? ", 1), NLIKE(" NOT LIKE ? ", 1),
        NIN(" NOT IN () ", -1), NULL(" IS NULL ", 0), NNULL(" IS NOT NULL ", 0), SC(" () ", 1), TEXT("  () ", 1), RP("", 0), AND(" AND ", 0),
        OR(" OR ", 0), NOT(" NOT ", 0), FIND_IN_SET(" ) ", 1);

        private final String op;
        int params;

        Op(String op, int params) {
            this.op = op;
            this.params = params;
        }

        @Override
        public String toString() {
            return op;
        }

        public int getParams() {
            return params;
        }
    }

    public enum Func {
        NATIVE("@", 1), MAX("MAX(@)", 1), MIN("MIN(@)", 1), FIRST("FIRST(@)", 1), LAST("LAST(@)", 1), SUM("SUM(@)", 1), COUNT("COUNT(@)", 1), DISTINCT("DISTINCT(@)", 1),
        DISTINCT_PAIR("DISTINCT @, @", 2);

        private String func;
        private int count;

        Func(String func, int params) {
            this.func = func;
            this.count = params;
        }

        @Override
        public String toString() {
            return func;
        }

        public int getCount() {
            return count;
        }
    }

    public enum SelectType {
        Fields, Entity, Single, Result
    }

    private final EntityMetadata<?> _metadata;
    private final Map<String, Attribute> _attrs;
    private final List<Condition> _conditions;
    private final List<Condition> _additionals = new ArrayList<>();
    private final Map<String, Object[]> _params = new HashMap<>();
    private final List<Select> _selects;
    private final Class<K> _resultType;
    private final SelectType _selectType;

    protected SearchCriteria(SearchBase<?, ?, K> sb) {
        _metadata = sb._metadata;
        _attrs = sb._attrs;
        _conditions = sb._conditions;
        _selects = sb._selects;
        _resultType = sb._resultType;
        _selectType = sb._selectType;
    }

    public SelectType getSelectType() {
        return _selectType;
    }

    public void setParameters(String conditionName, Object... params) {
        if (!hasCondition(conditionName)) {
            throw new CloudRuntimeException("The search on " + _metadata.type.getSimpleName() + " has no condition named '" + conditionName + "'");
        }
        _params.put(conditionName, params);
    }

    public void setParametersIfNotNull(String conditionName, Object... params) {
        if (params != null && params.length > 0 && (params.length > 1 || params[0] != null)) {
            setParameters(conditionName, params);
        }
    }

    public boolean isSelectAll() {
        return _selects == null || _selects.isEmpty();
    }

    public Class<K> getResultType() {
        return _resultType;
    }

    @Deprecated
    public void addAnd(String field, Op op, Object... values) {
        addAdditional(" AND ", attribute(field), op, values);
    }

    @Deprecated
    public void addAnd(Attribute attr, Op op, Object... values) {
        addAdditional(" AND ", attr, op, values);
    }

    @Deprecated
    public void addOr(String field, Op op, Object... values) {
        addAdditional(" OR ", attribute(field), op, values);
    }

    /** The WHERE condition text (placeholders only), without the removed-row filter. */
    public String getWhereClause() {
        SqlBuffer buffer = new SqlBuffer();
        appendCondition(buffer);
        return buffer.sql.toString();
    }

    EntityMetadata<?> metadata() {
        return _metadata;
    }

    List<Select> selects() {
        return _selects;
    }

    private Attribute attribute(String field) {
        Attribute attr = _attrs.get(field);
        if (attr == null) {
            throw new CloudRuntimeException(_metadata.type.getSimpleName() + " has no persisted field '" + field + "'");
        }
        return attr;
    }

    private void addAdditional(String connector, Attribute attr, Op op, Object[] values) {
        SearchBase.checkOp(op);
        Condition c = Condition.of(connector, attr);
        c.op = op;
        c.presets = values == null ? new Object[] {null} : values;
        _additionals.add(c);
    }

    private boolean hasCondition(String name) {
        for (Condition c : _conditions) {
            if (name != null && name.equals(c.name)) {
                return true;
            }
        }
        return false;
    }

    /** Appends " WHERE ..." (or nothing) with its values. */
    void appendWhere(SqlBuffer out, boolean excludeRemoved) {
        SqlBuffer cond = new SqlBuffer();
        appendCondition(cond);
        boolean removedFilter = excludeRemoved && _metadata.removed != null;
        if (cond.sql.length() == 0 && !removedFilter) {
            return;
        }
        out.sql.append(" WHERE ");
        if (cond.sql.length() > 0) {
            if (removedFilter) {
                out.sql.append('(').append(cond.sql).append(") AND ");
            } else {
                out.sql.append(cond.sql);
            }
            out.bindings.addAll(cond.bindings);
        }
        if (removedFilter) {
            out.sql.append(_metadata.removed.qualified()).append(" IS NULL");
        }
    }

    /** The condition text and values, in placeholder order. */
    void appendCondition(SqlBuffer out) {
        SqlBuffer built = new SqlBuffer();
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group(null));
        String pending = null;
        for (Condition c : _conditions) {
            switch (c.kind) {
            case CONNECTOR:
                pending = c.connector;
                break;
            case OPEN: {
                Group g = new Group(pending != null ? pending : " AND ");
                pending = null;
                groups.push(g);
                if (c.attr != null) {
                    appendIncluded(g, c, null);
                }
                break;
            }
            case CLOSE: {
                Group g = groups.pop();
                Group parent = groups.peek();
                if (g.buffer.sql.length() > 0) {
                    if (parent.buffer.sql.length() > 0) {
                        parent.buffer.sql.append(g.connector);
                    }
                    parent.buffer.sql.append('(').append(g.buffer.sql).append(')');
                    parent.buffer.bindings.addAll(g.buffer.bindings);
                }
                break;
            }
            default:
                appendIncluded(groups.peek(), c, pending);
                pending = null;
                break;
            }
        }
        built.append(groups.peek().buffer);

        SqlBuffer extra = new SqlBuffer();
        for (Condition c : _additionals) {
            SqlBuffer expr = new SqlBuffer();
            if (appendExpression(expr, c.attr, c.op, c.presets)) {
                if (extra.sql.length() > 0 || built.sql.length() > 0) {
                    extra.sql.append(c.connector);
                }
                extra.append(expr);
            }
        }
        if (built.sql.length() > 0 && extra.sql.length() > 0) {
            out.sql.append('(').append(built.sql).append(')');
            out.bindings.addAll(built.bindings);
        } else {
            out.append(built);
        }
        out.append(extra);
    }

    private void appendIncluded(Group g, Condition c, String pending) {
        Object[] params = c.presets != null ? c.presets : _params.get(c.name);
        if (c.op.getParams() != 0 && params == null) {
            return;
        }
        SqlBuffer expr = new SqlBuffer();
        if (!appendExpression(expr, c.attr, c.op, params)) {
            return;
        }
        if (g.buffer.sql.length() > 0) {
            g.buffer.sql.append(pending != null ? pending : (c.connector != null ? c.connector : " AND "));
        }
        g.buffer.append(expr);
    }

    private boolean appendExpression(SqlBuffer out, Attribute attr, Op op, Object[] params) {
        String col = attr.qualified();
        if (attr.isEncrypted() && op != Op.NULL && op != Op.NNULL) {
            throw new CloudRuntimeException("Cannot search " + attr + " by value: the column is encrypted");
        }
        switch (op) {
        case EQ:
        case NEQ:
            if (params == null || params.length == 0 || params[0] == null) {
                out.sql.append(col).append(op == Op.EQ ? " IS NULL" : " IS NOT NULL");
            } else {
                out.sql.append(col).append(op == Op.EQ ? " = ?" : " != ?");
                out.bind(attr, params[0]);
            }
            return true;
        case GT:
        case GTEQ:
        case LT:
        case LTEQ:
        case LIKE:
        case NLIKE:
            expect(attr, op, params, 1);
            out.sql.append(col).append(op.toString().stripTrailing());
            out.bind(attr, params[0]);
            return true;
        case BETWEEN:
        case NBETWEEN:
            expect(attr, op, params, 2);
            out.sql.append(col).append(op == Op.BETWEEN ? " BETWEEN ? AND ?" : " NOT BETWEEN ? AND ?");
            out.bind(attr, params[0]);
            out.bind(attr, params[1]);
            return true;
        case IN:
        case NOTIN:
        case NIN: {
            List<Object> values = flatten(params);
            if (values.isEmpty()) {
                // an empty list matches nothing (IN) or everything (NOT IN); "IN ()" is not SQL
                out.sql.append(op == Op.IN ? "1 = 0" : "1 = 1");
                return true;
            }
            out.sql.append(col).append(op == Op.IN ? " IN (" : " NOT IN (");
            for (int i = 0; i < values.size(); i++) {
                out.sql.append(i == 0 ? "?" : ", ?");
                out.bind(attr, values.get(i));
            }
            out.sql.append(')');
            return true;
        }
        case NULL:
            out.sql.append(col).append(" IS NULL");
            return true;
        case NNULL:
            out.sql.append(col).append(" IS NOT NULL");
            return true;
        case FIND_IN_SET:
            expect(attr, op, params, 1);
            out.sql.append("FIND_IN_SET(?, ").append(col).append(')');
            out.bind(attr, params[0]);
            return true;
        case SC: {
            if (params == null || params.length != 1 || !(params[0] instanceof SearchCriteria)) {
                throw new CloudRuntimeException("Op.SC on " + attr + " needs one SearchCriteria");
            }
            SqlBuffer nested = new SqlBuffer();
            ((SearchCriteria<?>)params[0]).appendCondition(nested);
            if (nested.sql.length() == 0) {
                return false;
            }
            out.sql.append('(');
            out.append(nested);
            out.sql.append(')');
            return true;
        }
        default:
            throw new CloudRuntimeException("Op." + op.name() + " is not supported by the shim");
        }
    }

    private static void expect(Attribute attr, Op op, Object[] params, int n) {
        if (params == null || params.length != n) {
            throw new CloudRuntimeException("Condition " + op.name() + " on " + attr + " needs " + n + " value(s), got " + (params == null ? 0 : params.length));
        }
    }

    private static List<Object> flatten(Object[] params) {
        List<Object> values = new ArrayList<>();
        if (params == null) {
            return values;
        }
        for (Object p : params) {
            if (p instanceof Collection) {
                values.addAll((Collection<?>)p);
            } else if (p != null && p.getClass().isArray() && !(p instanceof byte[])) {
                for (int i = 0; i < Array.getLength(p); i++) {
                    values.add(Array.get(p, i));
                }
            } else {
                values.add(p);
            }
        }
        return values;
    }

    private static final class Group {
        final String connector;
        final SqlBuffer buffer = new SqlBuffer();

        Group(String connector) {
            this.connector = connector;
        }
    }

    /** SQL text and the values for its placeholders, in order. */
    static final class SqlBuffer {
        final StringBuilder sql = new StringBuilder();
        final List<Object[]> bindings = new ArrayList<>();

        void bind(Attribute attr, Object value) {
            bindings.add(new Object[] {attr, value});
        }

        void bindRaw(Object value) {
            bindings.add(new Object[] {null, value});
        }

        void append(SqlBuffer other) {
            sql.append(other.sql);
            bindings.addAll(other.bindings);
        }
    }
}
