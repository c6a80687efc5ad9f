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

package org.apache.cloudstack.framework.config.dao;

import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityExistsException;

import org.apache.cloudstack.framework.config.impl.ConfigurationVO;

import com.cloud.utils.db.GenericDaoBase;

public class ConfigurationDaoImpl extends GenericDaoBase<ConfigurationVO, String> implements ConfigurationDao {

    @Override
    public Map<String, String> getConfiguration() {
        Map<String, String> values = new HashMap<>();
        for (ConfigurationVO vo : listAll()) {
            values.put(vo.getName(), vo.getValue());
        }
        return values;
    }

    @Override
    public boolean update(String name, String value) {
        ConfigurationVO vo = findById(name);
        if (vo == null) {
            return false;
        }
        vo.setValue(value);
        // false from update() only means nothing changed; the row holds the value either way
        update(name, vo);
        return true;
    }

    @Override
    public boolean update(String name, String category, String value) {
        ConfigurationVO vo = findById(name);
        if (vo == null) {
            return false;
        }
        vo.setCategory(category);
        vo.setValue(value);
        update(name, vo);
        return true;
    }

    @Override
    public String getValue(String name) {
        ConfigurationVO vo = findById(name);
        return vo == null ? null : vo.getValue();
    }

    @Override
    public String getValueAndInitIfNotExist(String name, String category, String initValue) {
        ConfigurationVO vo = findById(name);
        if (vo != null) {
            return vo.getValue();
        }
        try {
            persist(new ConfigurationVO(category, "DEFAULT", "management-server", name, initValue, null));
        } catch (EntityExistsException e) {
            // another server inserted it first: its value wins
            return getValue(name);
        }
        return initValue;
    }

    @Override
    public ConfigurationVO findByName(String name) {
        return findById(name);
    }

    @Override
    public void invalidateCache() {
        // values are read from the table on every call; nothing is cached
    }
}
