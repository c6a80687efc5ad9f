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
package org.apache.cloudstack.devcloud.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.devcloud.api.job.AsyncJob;
import org.apache.cloudstack.devcloud.api.job.AsyncJobManager;

import com.cloud.utils.db.EntityManager;
import com.cloud.utils.db.GenericDao;
import com.cloud.utils.db.GenericDaoBase;

/**
 * CloudStack's EntityManagerImpl: every lookup goes to the DAO registered for the entity class or
 * interface ({@link GenericDaoBase#getDao(Class)}). Async jobs live in the job manager, not a table.
 */
public class EntityManagerImpl implements EntityManager {

    @Inject
    private AsyncJobManager jobManager;

    @SuppressWarnings("unchecked")
    private static <T, K extends Serializable> GenericDao<T, K> dao(Class<T> entityType) {
        return (GenericDao<T, K>)GenericDaoBase.getDao(entityType);
    }

    private boolean isJob(Class<?> entityType) {
        return jobManager != null && AsyncJob.class.isAssignableFrom(entityType);
    }

    @Override
    public <T, K extends Serializable> T findById(Class<T> entityType, K id) {
        if (id == null) {
            return null;
        }
        if (isJob(entityType)) {
            return entityType.cast(jobManager.findById(((Number)id).longValue()));
        }
        GenericDao<T, K> dao = dao(entityType);
        return dao == null ? null : dao.findById(id);
    }

    @Override
    public <T, K extends Serializable> T findByIdIncludingRemoved(Class<T> entityType, K id) {
        if (id == null) {
            return null;
        }
        if (isJob(entityType)) {
            return findById(entityType, id);
        }
        GenericDao<T, K> dao = dao(entityType);
        return dao == null ? null : dao.findByIdIncludingRemoved(id);
    }

    @Override
    public <T> T findByUuid(Class<T> entityType, String uuid) {
        if (uuid == null) {
            return null;
        }
        if (isJob(entityType)) {
            return entityType.cast(jobManager.findByUuid(uuid));
        }
        GenericDao<T, Serializable> dao = dao(entityType);
        return dao == null ? null : dao.findByUuid(uuid);
    }

    @Override
    public <T> T findByUuidIncludingRemoved(Class<T> entityType, String uuid) {
        if (uuid == null) {
            return null;
        }
        if (isJob(entityType)) {
            return findByUuid(entityType, uuid);
        }
        GenericDao<T, Serializable> dao = dao(entityType);
        return dao == null ? null : dao.findByUuidIncludingRemoved(uuid);
    }

    @Override
    public <T> T findByXId(Class<T> entityType, String xid) {
        return null;
    }

    @Override
    public <T> List<? extends T> list(Class<T> entityType) {
        GenericDao<T, Serializable> dao = dao(entityType);
        return dao == null ? new ArrayList<>() : dao.listAll();
    }

    @Override
    public <T, K extends Serializable> void remove(Class<T> entityType, K id) {
        GenericDao<T, K> dao = dao(entityType);
        if (dao != null) {
            dao.remove(id);
        }
    }

    @Override
    public <T> boolean validEntityType(Class<T> entityType) {
        return isJob(entityType) || dao(entityType) != null;
    }
}
