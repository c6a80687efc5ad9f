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
import java.util.List;
import java.util.Map;

import javax.naming.ConfigurationException;

import com.cloud.utils.Pair;

/**
 * Persisting and finding entities of one type. Searches leave out soft-deleted rows (a non-null
 * {@code removed} column) unless the method says "IncludingRemoved".
 */
public interface GenericDao<T, ID extends Serializable> {

    static final String REMOVED_COLUMN = "removed";

    static final String CREATED_COLUMN = "created";

    static final String XID_COLUMN = "xid";

    T findById(ID id);

    T findByIdIncludingRemoved(ID id);

    T findById(ID id, boolean fresh);

    T findByUuid(String uuid);

    T findByUuidIncludingRemoved(String uuid);

    /** An empty entity to set changed fields on, then {@link #update(Serializable, Object)}. */
    T createForUpdate();

    SearchBuilder<T> createSearchBuilder();

    <K> GenericSearchBuilder<T, K> createSearchBuilder(Class<K> clazz);

    T createForUpdate(ID id);

    SearchCriteria<T> createSearchCriteria();

    /** Reads and locks the matching rows; only inside a transaction. */
    List<T> lockRows(SearchCriteria<T> sc, Filter filter, boolean exclusive);

    T lockOneRandomRow(SearchCriteria<T> sc, boolean exclusive);

    /** Reads the row with SELECT ... FOR UPDATE (exclusive) or LOCK IN SHARE MODE; only inside a transaction. */
    T lockRow(ID id, Boolean exclusive);

    boolean update(ID id, T entity);

    int update(T entity, SearchCriteria<T> sc);

    List<T> listAll();

    List<T> listAll(Filter filter);

    List<T> search(SearchCriteria<T> sc, Filter filter);

    List<T> search(SearchCriteria<T> sc, Filter filter, final boolean enableQueryCache);

    List<T> searchIncludingRemoved(SearchCriteria<T> sc, final Filter filter, final Boolean lock, final boolean cache);

    List<T> searchIncludingRemoved(SearchCriteria<T> sc, final Filter filter, final Boolean lock, final boolean cache, final boolean enableQueryCache);

    public <M> List<M> customSearchIncludingRemoved(SearchCriteria<M> sc, Filter filter);

    List<T> listAllIncludingRemoved();

    List<T> listAllIncludingRemoved(Filter filter);

    /**
     * Inserts the entity; a generated id is set back on it. Returns the row as stored (null for an
     * entity without id). A duplicate key throws {@link javax.persistence.EntityExistsException}.
     */
    T persist(T entity);

    /** Soft-deletes (sets removed) or, for tables without a removed column, deletes. */
    boolean remove(ID id);

    int remove(SearchCriteria<T> sc);

    boolean expunge(ID id);

    int expunge(final SearchCriteria<T> sc);

    int expunge(SearchCriteria<T> sc, long limit);

    /** Deletes the soft-deleted rows. */
    void expunge();

    boolean unremove(ID id);

    boolean configure(String name, Map<String, Object> params) throws ConfigurationException;

    <M> List<M> customSearch(SearchCriteria<M> sc, Filter filter);

    public T findOneBy(final SearchCriteria<T> sc);

    T findOneBy(SearchCriteria<T> sc, Filter filter);

    Class<T> getEntityBeanType();

    /** The page of results and the number of all matching rows (the filter's limit ignored). */
    Pair<List<T>, Integer> searchAndCount(SearchCriteria<T> sc, Filter filter);

    Pair<List<T>, Integer> searchAndCount(SearchCriteria<T> sc, Filter filter, boolean includeRemoved);

    Pair<List<T>, Integer> searchAndDistinctCount(final SearchCriteria<T> sc, final Filter filter);

    Map<String, Attribute> getAllAttributes();

    Pair<List<T>, Integer> searchAndDistinctCount(final SearchCriteria<T> sc, final Filter filter, final String[] distinctColumns);

    Integer countAll();

    List<T> findByUuids(String... uuidArray);
}
