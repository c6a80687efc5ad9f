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

import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityExistsException;

import com.cloud.utils.Pair;
import com.cloud.utils.component.ComponentLifecycle;
import com.cloud.utils.component.ComponentLifecycleBase;
import com.cloud.utils.component.ComponentMethodInterceptable;
import com.cloud.utils.db.SearchBase.Select;
import com.cloud.utils.db.SearchCriteria.SelectType;
import com.cloud.utils.db.SearchCriteria.SqlBuffer;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * A DAO over plain JDBC driven by the entity's javax.persistence annotations, with CloudStack's
 * conventions: soft delete through the {@code removed} column, {@code created} stamped on insert,
 * enums by name, encrypted {@link Encrypt} columns, duplicate keys as {@link EntityExistsException}.
 * Every statement is a prepared statement; every operation runs in the thread's
 * {@link TransactionLegacy} (joining a transaction when one is open).
 *
 * Entities returned by a DAO remember the values they were read with, so {@link #update} writes the
 * changed columns only; update() refuses an entity made with {@code new} (CloudStack needs one from
 * find/search/createForUpdate too).
 */
@DB
public abstract class GenericDaoBase<T, ID extends Serializable> extends ComponentLifecycleBase implements GenericDao<T, ID>, ComponentMethodInterceptable {

    protected final static Map<Class<?>, GenericDao<?, ? extends Serializable>> s_daoMaps = new ConcurrentHashMap<>(71);

    public static final Date DATE_TO_NULL = new Date(Long.MIN_VALUE);

    protected static final String FOR_UPDATE_CLAUSE = " FOR UPDATE";
    protected static final String SHARE_MODE_CLAUSE = " LOCK IN SHARE MODE";

    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23000";
    private static final int DUPLICATE_ENTRY_ERROR_CODE = 1062;
    private static final int FK_PARENT_MISSING_ERROR_CODE = 1452;
    private static final int FK_CHILD_EXISTS_ERROR_CODE = 1451;
    private static final Pattern KEY_NAME = Pattern.compile("for key '([^']+)'");

    protected Class<T> _entityBeanType;
    protected String _table;
    private final EntityMetadata<T> _metadata;

    public static <J> GenericDao<? extends J, ? extends Serializable> getDao(Class<J> entityType) {
        @SuppressWarnings("unchecked")
        GenericDao<? extends J, ? extends Serializable> dao = (GenericDao<? extends J, ? extends Serializable>)s_daoMaps.get(entityType);
        return dao;
    }

    @SuppressWarnings("unchecked")
    protected GenericDaoBase() {
        super();
        _entityBeanType = (Class<T>)resolveEntityType(getClass());
        _metadata = EntityMetadata.of(_entityBeanType);
        _table = _metadata.table;
        s_daoMaps.put(_entityBeanType, this);
        for (Class<?> iface : _entityBeanType.getInterfaces()) {
            s_daoMaps.put(iface, this);
        }
        setRunLevel(ComponentLifecycle.RUN_LEVEL_SYSTEM);
    }

    private static Class<?> resolveEntityType(Class<?> daoClass) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        for (Class<?> c = daoClass; c != null && c != Object.class; c = c.getSuperclass()) {
            Type sup = c.getGenericSuperclass();
            if (!(sup instanceof ParameterizedType)) {
                continue;
            }
            ParameterizedType pt = (ParameterizedType)sup;
            Class<?> raw = (Class<?>)pt.getRawType();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            Type[] args = pt.getActualTypeArguments();
            for (int i = 0; i < vars.length; i++) {
                Type arg = args[i];
                while (arg instanceof TypeVariable && bindings.containsKey(arg)) {
                    arg = bindings.get(arg);
                }
                bindings.put(vars[i], arg);
            }
            if (raw == GenericDaoBase.class) {
                Type entity = bindings.get(vars[0]);
                if (entity instanceof Class) {
                    return (Class<?>)entity;
                }
                if (entity instanceof ParameterizedType) {
                    return (Class<?>)((ParameterizedType)entity).getRawType();
                }
            }
        }
        throw new CloudRuntimeException(daoClass.getName() + " must extend GenericDaoBase<EntityVO, IdType> with a concrete entity type");
    }

    @Override
    public Class<T> getEntityBeanType() {
        return _entityBeanType;
    }

    @Override
    public Map<String, Attribute> getAllAttributes() {
        return _metadata.byFieldName;
    }

    @Override
    public SearchBuilder<T> createSearchBuilder() {
        return new SearchBuilder<T>(_entityBeanType);
    }

    @Override
    public <K> GenericSearchBuilder<T, K> createSearchBuilder(Class<K> resultType) {
        return new GenericSearchBuilder<T, K>(_entityBeanType, resultType);
    }

    @Override
    public SearchCriteria<T> createSearchCriteria() {
        return createSearchBuilder().create();
    }

    @Override
    public T createForUpdate() {
        return createForUpdate(null);
    }

    @Override
    public T createForUpdate(final ID id) {
        T entity = _metadata.newTracked();
        if (id != null && _metadata.id != null) {
            setField(_metadata.id, entity, id);
        }
        return entity;
    }

    // ---------------------------------------------------------------- finders

    @Override
    public T findById(final ID id) {
        return findById(id, false, null);
    }

    @Override
    public T findById(final ID id, boolean fresh) {
        return findById(id);
    }

    @Override
    public T findByIdIncludingRemoved(final ID id) {
        return findById(id, true, null);
    }

    @Override
    public T lockRow(ID id, Boolean exclusive) {
        return findById(id, false, exclusive);
    }

    protected T findById(final ID id, final boolean includeRemoved, final Boolean lock) {
        if (id == null) {
            return null;
        }
        requireId();
        SqlBuffer q = new SqlBuffer();
        q.sql.append("SELECT ").append(_metadata.selectColumns).append(" FROM `").append(_table).append("` WHERE ").append(_metadata.id.qualified()).append(" = ?");
        q.bind(_metadata.id, id);
        if (!includeRemoved && _metadata.removed != null) {
            q.sql.append(" AND ").append(_metadata.removed.qualified()).append(" IS NULL");
        }
        appendLock(q, lock);
        List<T> rows = query(q, "find " + _entityBeanType.getSimpleName() + " by id");
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public T findByUuid(final String uuid) {
        return findOneBy(uuidCriteria(uuid));
    }

    @Override
    public T findByUuidIncludingRemoved(final String uuid) {
        return findOneIncludingRemovedBy(uuidCriteria(uuid));
    }

    @Override
    public List<T> findByUuids(String... uuidArray) {
        if (uuidArray == null || uuidArray.length == 0) {
            return new ArrayList<>();
        }
        SearchCriteria<T> sc = createSearchCriteria();
        sc.addAnd("uuid", SearchCriteria.Op.IN, (Object[])uuidArray);
        return search(sc, null);
    }

    private SearchCriteria<T> uuidCriteria(String uuid) {
        if (_metadata.uuid == null) {
            throw new CloudRuntimeException(_entityBeanType.getSimpleName() + " has no uuid field");
        }
        SearchCriteria<T> sc = createSearchCriteria();
        sc.addAnd("uuid", SearchCriteria.Op.EQ, uuid);
        return sc;
    }

    @Override
    public T findOneBy(final SearchCriteria<T> sc) {
        List<T> rows = select(sc, new Filter(1), false, null);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public T findOneBy(final SearchCriteria<T> sc, final Filter filter) {
        Filter f = filter != null ? filter : new Filter(1);
        f.setLimit(1L);
        List<T> rows = select(sc, f, false, null);
        return rows.isEmpty() ? null : rows.get(0);
    }

    protected T findOneIncludingRemovedBy(final SearchCriteria<T> sc) {
        List<T> rows = select(sc, new Filter(1), true, null);
        return rows.isEmpty() ? null : rows.get(0);
    }

    protected List<T> listBy(final SearchCriteria<T> sc) {
        return listBy(sc, null);
    }

    protected List<T> listBy(final SearchCriteria<T> sc, final Filter filter) {
        return select(sc, filter, false, null);
    }

    protected List<T> listBy(final SearchCriteria<T> sc, final Filter filter, final boolean enableQueryCache) {
        return listBy(sc, filter);
    }

    protected List<T> listIncludingRemovedBy(final SearchCriteria<T> sc) {
        return listIncludingRemovedBy(sc, null);
    }

    protected List<T> listIncludingRemovedBy(final SearchCriteria<T> sc, final Filter filter) {
        return select(sc, filter, true, null);
    }

    protected List<T> listIncludingRemovedBy(final SearchCriteria<T> sc, final Filter filter, final boolean enableQueryCache) {
        return listIncludingRemovedBy(sc, filter);
    }

    @Override
    public List<T> listAll() {
        return listAll(null);
    }

    @Override
    public List<T> listAll(final Filter filter) {
        return select(null, filter, false, null);
    }

    @Override
    public List<T> listAllIncludingRemoved() {
        return listAllIncludingRemoved(null);
    }

    @Override
    public List<T> listAllIncludingRemoved(final Filter filter) {
        return select(null, filter, true, null);
    }

    @Override
    public List<T> search(final SearchCriteria<T> sc, final Filter filter) {
        return select(sc, filter, false, null);
    }

    @Override
    public List<T> search(final SearchCriteria<T> sc, final Filter filter, final boolean enableQueryCache) {
        return select(sc, filter, false, null);
    }

    protected List<T> search(SearchCriteria<T> sc, final Filter filter, final Boolean lock, final boolean cache) {
        return select(sc, filter, false, lock);
    }

    @Override
    public List<T> searchIncludingRemoved(SearchCriteria<T> sc, final Filter filter, final Boolean lock, final boolean cache) {
        return select(sc, filter, true, lock);
    }

    @Override
    public List<T> searchIncludingRemoved(SearchCriteria<T> sc, final Filter filter, final Boolean lock, final boolean cache, final boolean enableQueryCache) {
        return select(sc, filter, true, lock);
    }

    @Override
    public List<T> lockRows(final SearchCriteria<T> sc, final Filter filter, final boolean exclusive) {
        return select(sc, filter, false, exclusive);
    }

    @Override
    public T lockOneRandomRow(final SearchCriteria<T> sc, final boolean exclusive) {
        List<T> rows = select(sc, new Filter(1), false, exclusive);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public Pair<List<T>, Integer> searchAndCount(final SearchCriteria<T> sc, final Filter filter) {
        return searchAndCount(sc, filter, false);
    }

    @Override
    public Pair<List<T>, Integer> searchAndCount(final SearchCriteria<T> sc, final Filter filter, boolean includeRemoved) {
        List<T> objects = select(sc, filter, includeRemoved, null);
        int count = count(sc, includeRemoved, "COUNT(*)");
        return new Pair<List<T>, Integer>(objects, Math.max(count, objects.size()));
    }

    @Override
    public Pair<List<T>, Integer> searchAndDistinctCount(final SearchCriteria<T> sc, final Filter filter) {
        requireId();
        List<T> objects = select(sc, filter, false, null);
        int count = count(sc, false, "COUNT(DISTINCT " + _metadata.id.qualified() + ")");
        return new Pair<List<T>, Integer>(objects, Math.max(count, objects.isEmpty() ? 0 : 1));
    }

    @Override
    public Pair<List<T>, Integer> searchAndDistinctCount(final SearchCriteria<T> sc, final Filter filter, final String[] distinctColumns) {
        if (distinctColumns == null || distinctColumns.length == 0) {
            return searchAndDistinctCount(sc, filter);
        }
        StringBuilder cols = new StringBuilder();
        for (String column : distinctColumns) {
            Attribute attr = attributeForColumn(column);
            cols.append(cols.length() == 0 ? "" : ", ").append(attr.qualified());
        }
        List<T> objects = select(sc, filter, false, null);
        int count = count(sc, false, "COUNT(DISTINCT " + cols + ")");
        return new Pair<List<T>, Integer>(objects, Math.max(count, objects.isEmpty() ? 0 : 1));
    }

    public Integer getCount(SearchCriteria<T> sc) {
        return count(sc, false, "COUNT(*)");
    }

    public Integer getCountIncludingRemoved(SearchCriteria<T> sc) {
        return count(sc, true, "COUNT(*)");
    }

    @Override
    public Integer countAll() {
        return getCount(null);
    }

    @Override
    public <M> List<M> customSearch(SearchCriteria<M> sc, final Filter filter) {
        return custom(sc, filter, false);
    }

    @Override
    public <M> List<M> customSearchIncludingRemoved(SearchCriteria<M> sc, final Filter filter) {
        return custom(sc, filter, true);
    }

    // ---------------------------------------------------------------- writes

    @Override
    public T persist(final T entity) {
        if (_metadata.isTracked(entity)) {
            requireId();
            @SuppressWarnings("unchecked")
            ID id = (ID)_metadata.id.get(entity);
            update(id, entity);
            return entity;
        }
        if (_metadata.created != null && _metadata.created.get(entity) == null) {
            setField(_metadata.created, entity, now());
        }
        SqlBuffer q = new SqlBuffer();
        StringBuilder values = new StringBuilder();
        q.sql.append("INSERT INTO `").append(_table).append("` (");
        for (Attribute attr : _metadata.attributes) {
            if (!attr.isInsertable()) {
                continue;
            }
            if (!q.bindings.isEmpty()) {
                q.sql.append(", ");
                values.append(", ");
            }
            q.sql.append('`').append(attr.columnName).append('`');
            values.append('?');
            q.bind(attr, attr.get(entity));
        }
        q.sql.append(") VALUES (").append(values).append(')');

        final boolean generatedId = _metadata.id != null && _metadata.id.is(Attribute.Flag.DbGenerated);
        Object key = run("persist " + _entityBeanType.getSimpleName(), txn -> {
            try (PreparedStatement ps = generatedId ? txn.getConnection().prepareStatement(q.sql.toString(), Statement.RETURN_GENERATED_KEYS)
                    : txn.prepareStatement(q.sql.toString())) {
                bind(ps, q);
                ps.executeUpdate();
                if (generatedId) {
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        return rs.next() ? rs.getObject(1) : null;
                    }
                }
                return null;
            }
        });
        if (_metadata.id == null) {
            return null;
        }
        if (generatedId) {
            if (key == null) {
                throw new CloudRuntimeException("The database returned no id for the new " + _entityBeanType.getSimpleName());
            }
            setField(_metadata.id, entity, convertId(key));
        }
        @SuppressWarnings("unchecked")
        ID id = (ID)_metadata.id.get(entity);
        return findByIdIncludingRemoved(id);
    }

    @Override
    public boolean update(ID id, T entity) {
        requireId();
        SqlBuffer q = new SqlBuffer();
        if (!appendChanges(q, entity)) {
            return false;
        }
        q.sql.append(" WHERE ").append(_metadata.id.qualified()).append(" = ?");
        q.bind(_metadata.id, id);
        int rows = executeUpdate(q, "update " + _entityBeanType.getSimpleName());
        if (rows > 0) {
            _metadata.snapshot(entity);
        }
        return rows > 0;
    }

    @Override
    public int update(final T entity, final SearchCriteria<T> sc) {
        SqlBuffer q = new SqlBuffer();
        if (!appendChanges(q, entity)) {
            return 0;
        }
        if (sc != null) {
            sc.appendWhere(q, false);
        }
        int rows = executeUpdate(q, "update " + _entityBeanType.getSimpleName());
        _metadata.snapshot(entity);
        return rows;
    }

    private boolean appendChanges(SqlBuffer q, T entity) {
        if (!_metadata.isTracked(entity)) {
            throw new CloudRuntimeException("update() of " + _entityBeanType.getSimpleName()
                    + " needs an entity read through its DAO or made by createForUpdate(), not one made with new");
        }
        Object[] before = _metadata.snapshotOf(entity);
        q.sql.append("UPDATE `").append(_table).append("` SET ");
        boolean any = false;
        for (int i = 0; i < _metadata.attributes.size(); i++) {
            Attribute attr = _metadata.attributes.get(i);
            Object value = attr.get(entity);
            if (!attr.isUpdatable() || ValueCodec.sameValue(before[i], value)) {
                continue;
            }
            q.sql.append(any ? ", " : "").append(attr.qualified()).append(" = ?");
            q.bind(attr, value);
            any = true;
        }
        return any;
    }

    @Override
    public boolean remove(final ID id) {
        if (_metadata.removed == null) {
            return expunge(id);
        }
        requireId();
        SqlBuffer q = new SqlBuffer();
        q.sql.append("UPDATE `").append(_table).append("` SET ").append(_metadata.removed.qualified()).append(" = ? WHERE ")
                .append(_metadata.id.qualified()).append(" = ? AND ").append(_metadata.removed.qualified()).append(" IS NULL");
        q.bind(_metadata.removed, now());
        q.bind(_metadata.id, id);
        return executeUpdate(q, "remove " + _entityBeanType.getSimpleName()) > 0;
    }

    @Override
    public int remove(SearchCriteria<T> sc) {
        if (_metadata.removed == null) {
            return expunge(sc);
        }
        SqlBuffer q = new SqlBuffer();
        q.sql.append("UPDATE `").append(_table).append("` SET ").append(_metadata.removed.qualified()).append(" = ?");
        q.bind(_metadata.removed, now());
        requireCondition(sc, "remove");
        sc.appendWhere(q, true);
        return executeUpdate(q, "remove " + _entityBeanType.getSimpleName());
    }

    @Override
    public boolean unremove(ID id) {
        if (_metadata.removed == null) {
            return false;
        }
        requireId();
        SqlBuffer q = new SqlBuffer();
        q.sql.append("UPDATE `").append(_table).append("` SET ").append(_metadata.removed.qualified()).append(" = NULL WHERE ").append(_metadata.id.qualified()).append(" = ?");
        q.bind(_metadata.id, id);
        return executeUpdate(q, "unremove " + _entityBeanType.getSimpleName()) > 0;
    }

    @Override
    public boolean expunge(final ID id) {
        requireId();
        SqlBuffer q = new SqlBuffer();
        q.sql.append("DELETE FROM `").append(_table).append("` WHERE ").append(_metadata.id.qualified()).append(" = ?");
        q.bind(_metadata.id, id);
        return executeUpdate(q, "expunge " + _entityBeanType.getSimpleName()) > 0;
    }

    @Override
    public int expunge(final SearchCriteria<T> sc) {
        return expunge(sc, null);
    }

    @Override
    public int expunge(final SearchCriteria<T> sc, final long limit) {
        return expunge(sc, Long.valueOf(limit));
    }

    private int expunge(final SearchCriteria<T> sc, final Long limit) {
        requireCondition(sc, "expunge");
        SqlBuffer q = new SqlBuffer();
        q.sql.append("DELETE FROM `").append(_table).append('`');
        sc.appendWhere(q, false);
        if (limit != null && limit > 0) {
            q.sql.append(" LIMIT ?");
            q.bindRaw(limit);
        }
        return executeUpdate(q, "expunge " + _entityBeanType.getSimpleName());
    }

    @Override
    public void expunge() {
        if (_metadata.removed == null) {
            return;
        }
        SqlBuffer q = new SqlBuffer();
        q.sql.append("DELETE FROM `").append(_table).append("` WHERE ").append(_metadata.removed.qualified()).append(" IS NOT NULL");
        executeUpdate(q, "expunge removed " + _entityBeanType.getSimpleName());
    }

    // ---------------------------------------------------------------- SQL plumbing

    private List<T> select(SearchCriteria<T> sc, Filter filter, boolean includeRemoved, Boolean lock) {
        checkCriteria(sc);
        SqlBuffer q = new SqlBuffer();
        q.sql.append("SELECT ").append(_metadata.selectColumns).append(" FROM `").append(_table).append('`');
        if (sc != null) {
            sc.appendWhere(q, !includeRemoved);
        } else if (!includeRemoved && _metadata.removed != null) {
            q.sql.append(" WHERE ").append(_metadata.removed.qualified()).append(" IS NULL");
        }
        appendFilter(q, filter);
        appendLock(q, lock);
        return query(q, "search " + _entityBeanType.getSimpleName());
    }

    private int count(SearchCriteria<T> sc, boolean includeRemoved, String expression) {
        checkCriteria(sc);
        SqlBuffer q = new SqlBuffer();
        q.sql.append("SELECT ").append(expression).append(" FROM `").append(_table).append('`');
        if (sc != null) {
            sc.appendWhere(q, !includeRemoved);
        } else if (!includeRemoved && _metadata.removed != null) {
            q.sql.append(" WHERE ").append(_metadata.removed.qualified()).append(" IS NULL");
        }
        Long n = run("count " + _entityBeanType.getSimpleName(), txn -> {
            try (PreparedStatement ps = txn.prepareStatement(q.sql.toString())) {
                bind(ps, q);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        return n.intValue();
    }

    @SuppressWarnings("unchecked")
    private <M> List<M> custom(SearchCriteria<M> sc, Filter filter, boolean includeRemoved) {
        if (sc == null) {
            throw new CloudRuntimeException("customSearch needs a SearchCriteria");
        }
        checkCriteria(sc);
        if (sc.isSelectAll()) {
            return (List<M>)select((SearchCriteria<T>)sc, filter, includeRemoved, null);
        }
        final List<Select> selects = sc.selects();
        SqlBuffer q = new SqlBuffer();
        q.sql.append("SELECT ");
        for (int i = 0; i < selects.size(); i++) {
            Select select = selects.get(i);
            String expr = select.func.toString();
            if (select.attributes.isEmpty()) {
                expr = expr.replace("@", "*");
            } else {
                for (Attribute attr : select.attributes) {
                    expr = expr.replaceFirst("@", Matcher.quoteReplacement(attr.qualified()));
                }
            }
            q.sql.append(i == 0 ? "" : ", ").append(expr);
        }
        q.sql.append(" FROM `").append(_table).append('`');
        sc.appendWhere(q, !includeRemoved);
        appendFilter(q, filter);
        final SelectType type = sc.getSelectType();
        final Class<M> resultType = sc.getResultType();
        return run("search " + _entityBeanType.getSimpleName(), txn -> {
            try (PreparedStatement ps = txn.prepareStatement(q.sql.toString())) {
                bind(ps, q);
                List<M> results = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (type == SelectType.Single) {
                            results.add(readSelected(rs, 1, selects.get(0), resultType));
                        } else {
                            M holder = newResult(resultType);
                            for (int i = 0; i < selects.size(); i++) {
                                Select select = selects.get(i);
                                select.field.set(holder, readSelected(rs, i + 1, select, select.field.getType()));
                            }
                            results.add(holder);
                        }
                    }
                }
                return results;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <V> V readSelected(ResultSet rs, int index, Select select, Class<V> target) throws SQLException {
        boolean sameColumn = select.func == SearchCriteria.Func.NATIVE || select.func == SearchCriteria.Func.DISTINCT
                || select.func == SearchCriteria.Func.MAX || select.func == SearchCriteria.Func.MIN;
        if (sameColumn && select.attributes.size() == 1) {
            Attribute attr = select.attributes.get(0);
            if (wrap(target).isAssignableFrom(wrap(attr.field.getType()))) {
                Object v = ValueCodec.read(rs, index, attr);
                return (V)v;
            }
        }
        return ValueCodec.getObject(target, rs, index);
    }

    private static Class<?> wrap(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return ValueCodec.defaultValue(c).getClass();
    }

    private static <M> M newResult(Class<M> type) {
        try {
            java.lang.reflect.Constructor<M> ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new CloudRuntimeException("Unable to create a " + type.getName() + " for search results", e);
        }
    }

    private List<T> query(SqlBuffer q, String action) {
        return run(action, txn -> {
            try (PreparedStatement ps = txn.prepareStatement(q.sql.toString())) {
                bind(ps, q);
                List<T> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(toEntity(rs));
                    }
                }
                return result;
            }
        });
    }

    private int executeUpdate(SqlBuffer q, String action) {
        return run(action, txn -> {
            try (PreparedStatement ps = txn.prepareStatement(q.sql.toString())) {
                bind(ps, q);
                return ps.executeUpdate();
            }
        });
    }

    private T toEntity(ResultSet rs) throws SQLException {
        T entity = _metadata.newTrackedUnset();
        List<Attribute> attrs = _metadata.attributes;
        for (int i = 0; i < attrs.size(); i++) {
            setField(attrs.get(i), entity, ValueCodec.read(rs, i + 1, attrs.get(i)));
        }
        _metadata.snapshot(entity);
        return entity;
    }

    private static void bind(PreparedStatement ps, SqlBuffer q) throws SQLException {
        int i = 1;
        for (Object[] b : q.bindings) {
            Attribute attr = (Attribute)b[0];
            if (attr == null) {
                ps.setObject(i++, b[1]);
            } else {
                ValueCodec.bind(ps, i++, attr, b[1]);
            }
        }
    }

    private void appendFilter(SqlBuffer q, Filter filter) {
        if (filter == null) {
            return;
        }
        if (filter.getOrderBy() != null) {
            q.sql.append(filter.getOrderBy());
        }
        if (filter.getLimit() != null || filter.getOffset() != null) {
            q.sql.append(" LIMIT ?, ?");
            q.bindRaw(filter.getOffset() != null ? filter.getOffset() : 0L);
            q.bindRaw(filter.getLimit() != null ? filter.getLimit() : Long.MAX_VALUE);
        }
    }

    private void appendLock(SqlBuffer q, Boolean lock) {
        if (lock == null) {
            return;
        }
        TransactionLegacy txn = TransactionLegacy.currentTxn();
        if (txn == null || !txn.dbTxnStarted()) {
            throw new CloudRuntimeException("Locking " + _entityBeanType.getSimpleName() + " rows needs a transaction: call it inside Transaction.execute()");
        }
        q.sql.append(lock ? FOR_UPDATE_CLAUSE : SHARE_MODE_CLAUSE);
    }

    private void checkCriteria(SearchCriteria<?> sc) {
        if (sc != null && sc.metadata().type != _entityBeanType) {
            throw new CloudRuntimeException("A search on " + sc.metadata().type.getSimpleName() + " was given to the DAO of " + _entityBeanType.getSimpleName());
        }
    }

    private void requireCondition(SearchCriteria<T> sc, String action) {
        if (sc == null || sc.getWhereClause().isEmpty()) {
            throw new CloudRuntimeException("Refusing to " + action + " every " + _entityBeanType.getSimpleName() + ": the search has no condition");
        }
        checkCriteria(sc);
    }

    private void requireId() {
        if (_metadata.id == null) {
            throw new CloudRuntimeException(_entityBeanType.getSimpleName() + " has no @Id field");
        }
    }

    private Attribute attributeForColumn(String column) {
        for (Attribute attr : _metadata.attributes) {
            if (attr.columnName.equalsIgnoreCase(column) || attr.field.getName().equals(column)) {
                return attr;
            }
        }
        throw new CloudRuntimeException(_entityBeanType.getSimpleName() + " has no column " + column);
    }

    private Object convertId(Object key) {
        Class<?> type = _metadata.id.field.getType();
        Number n = key instanceof BigInteger ? (BigInteger)key : (Number)key;
        if (type == long.class || type == Long.class) {
            return n.longValue();
        } else if (type == int.class || type == Integer.class) {
            return n.intValue();
        } else if (type == short.class || type == Short.class) {
            return n.shortValue();
        }
        return key;
    }

    private static void setField(Attribute attr, Object entity, Object value) {
        try {
            attr.field.set(entity, value);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new CloudRuntimeException("Unable to set " + attr.field.getName() + " of " + entity.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static Date now() {
        // the columns hold whole seconds; keep the entity equal to what is stored
        return new Date(System.currentTimeMillis() / 1000 * 1000);
    }

    private interface SqlWork<R> {
        R run(TransactionLegacy txn) throws SQLException, ReflectiveOperationException;
    }

    private <R> R run(String action, SqlWork<R> work) {
        try (TransactionLegacy txn = TransactionLegacy.open("dao")) {
            return work.run(txn);
        } catch (SQLException e) {
            throw translate(e, action);
        } catch (ReflectiveOperationException e) {
            throw new CloudRuntimeException("Unable to " + action + ": " + e.getMessage(), e);
        }
    }

    /**
     * CloudStack turns a duplicate entry (SQL state 23000, MySQL error 1062) into
     * EntityExistsException; the message names the entity and the violated key, not the values.
     */
    private RuntimeException translate(SQLException e, String action) {
        if (INTEGRITY_CONSTRAINT_VIOLATION.equals(e.getSQLState()) || (e.getSQLState() != null && e.getSQLState().startsWith("23"))) {
            if (e.getErrorCode() == DUPLICATE_ENTRY_ERROR_CODE) {
                Matcher m = KEY_NAME.matcher(String.valueOf(e.getMessage()));
                String key = m.find() ? m.group(1) : "a unique key";
                return new EntityExistsException("Entity already exists: " + _entityBeanType.getSimpleName() + " (table " + _table + ") duplicates " + key, e);
            }
            if (e.getErrorCode() == FK_PARENT_MISSING_ERROR_CODE) {
                return new CloudRuntimeException("Unable to " + action + ": it refers to a row that does not exist (" + constraintName(e) + ")", e);
            }
            if (e.getErrorCode() == FK_CHILD_EXISTS_ERROR_CODE) {
                return new CloudRuntimeException("Unable to " + action + ": other rows still refer to it (" + constraintName(e) + ")", e);
            }
        }
        return new CloudRuntimeException("Unable to " + action + ", due to: " + e.getMessage(), e);
    }

    private static String constraintName(SQLException e) {
        Matcher m = Pattern.compile("CONSTRAINT `([^`]+)`").matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : "foreign key";
    }

}
