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

package org.apache.cloudstack.framework.config.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.inject.Inject;

import org.apache.cloudstack.framework.config.ConfigDepot;
import org.apache.cloudstack.framework.config.ConfigDepotAdmin;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.apache.cloudstack.framework.config.ScopedConfigStorage;
import org.apache.cloudstack.framework.config.dao.ConfigurationDao;
import org.apache.cloudstack.framework.config.dao.ConfigurationDaoImpl;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.Pair;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Gathers the ConfigKeys of the registered Configurables, inserts a row with the default for every
 * key the configuration table lacks (an administrator's value is never overwritten; description,
 * default and flags follow the code), and serves values to ConfigKey. Constructing it makes it the
 * depot ConfigKey reads from, as in CloudStack.
 *
 * Values are read from the table each time a dynamic key asks, so an update is seen at once.
 */
public class ConfigDepotImpl implements ConfigDepot, ConfigDepotAdmin {
    protected Logger logger = LogManager.getLogger(getClass());

    @Inject
    ConfigurationDao _configDao;
    List<Configurable> _configurables = new ArrayList<>();
    List<ScopedConfigStorage> _scopedStorages = new ArrayList<>();
    Set<Configurable> _configured = Collections.synchronizedSet(new HashSet<>());
    private final Map<String, Pair<String, ConfigKey<?>>> _allKeys = Collections.synchronizedMap(new HashMap<>());
    private final Set<String> _newConfigs = Collections.synchronizedSet(new HashSet<>());
    private final Map<ConfigKey.Scope, Set<ConfigKey<?>>> _scopeLevelConfigsMap = new HashMap<>();

    public ConfigDepotImpl() {
        ConfigKey.init(this);
        for (ConfigKey.Scope scope : ConfigKey.Scope.values()) {
            if (scope != ConfigKey.Scope.Global) {
                _scopeLevelConfigsMap.put(scope, Collections.synchronizedSet(new HashSet<>()));
            }
        }
    }

    @Override
    public ConfigKey<?> get(String key) {
        Pair<String, ConfigKey<?>> value = _allKeys.get(key);
        return value != null ? value.second() : null;
    }

    @Override
    public void populateConfigurations() {
        Date date = new Date();
        for (Configurable configurable : _configurables) {
            populateConfiguration(date, configurable);
        }
    }

    @Override
    public void populateConfiguration(Configurable configurable) {
        populateConfiguration(new Date(), configurable);
    }

    protected void populateConfiguration(Date date, Configurable configurable) {
        if (_configured.contains(configurable)) {
            return;
        }
        logger.debug("Retrieving keys from " + configurable.getClass().getSimpleName());
        for (ConfigKey<?> key : configurable.getConfigKeys()) {
            Pair<String, ConfigKey<?>> previous = _allKeys.get(key.key());
            if (previous != null && !previous.first().equals(configurable.getConfigComponentName())) {
                throw new CloudRuntimeException("Configurable " + configurable.getConfigComponentName() + " is adding a key that has been added before by "
                        + previous.first() + ": " + key);
            }
            _allKeys.put(key.key(), new Pair<String, ConfigKey<?>>(configurable.getConfigComponentName(), key));
            createOrUpdateConfigObject(date, configurable.getConfigComponentName(), key, null);
            for (ConfigKey.Scope scope : key.getScopes()) {
                if (scope != ConfigKey.Scope.Global) {
                    _scopeLevelConfigsMap.get(scope).add(key);
                }
            }
        }
        _configured.add(configurable);
    }

    private void createOrUpdateConfigObject(Date date, String componentName, ConfigKey<?> key, String value) {
        ConfigurationDao dao = configDao();
        ConfigurationVO vo = dao.findById(key.key());
        if (vo == null) {
            vo = new ConfigurationVO(componentName, key);
            vo.setUpdated(date);
            if (value != null) {
                vo.setValue(value);
            }
            dao.persist(vo);
            _newConfigs.add(key.key());
            return;
        }
        boolean changed = false;
        if (vo.isDynamic() != key.isDynamic() || !Objects.equals(vo.getDescription(), key.description()) || !Objects.equals(vo.getDefaultValue(), key.defaultValue())
                || vo.getScope() != key.getScopeBitmask() || !Objects.equals(vo.getComponent(), componentName)) {
            vo.setDynamic(key.isDynamic());
            vo.setDescription(key.description());
            vo.setDefaultValue(key.defaultValue());
            vo.setScope(key.getScopeBitmask());
            vo.setComponent(componentName);
            changed = true;
        }
        if (key.displayText() != null && !Objects.equals(vo.getDisplayText(), key.displayText())) {
            vo.setDisplayText(key.displayText());
            changed = true;
        }
        if (key.parent() != null && !Objects.equals(vo.getParent(), key.parent())) {
            vo.setParent(key.parent());
            changed = true;
        }
        if (value != null) {
            vo.setValue(value);
            changed = true;
        }
        if (changed) {
            vo.setUpdated(date);
            dao.update(vo.getName(), vo);
        }
    }

    @Override
    public <T> void createOrUpdateConfigObject(String componentName, ConfigKey<T> key, String value) {
        createOrUpdateConfigObject(new Date(), componentName, key, value);
    }

    @Override
    public boolean isNewConfig(ConfigKey<?> configKey) {
        return _newConfigs.contains(configKey.key());
    }

    @Override
    public String getConfigStringValue(String key, ConfigKey.Scope scope, Long scopeId) {
        if (scope == null || scope == ConfigKey.Scope.Global || scopeId == null) {
            ConfigurationVO vo = configDao().findById(key);
            return vo != null ? vo.getValue() : null;
        }
        // the value set for that scope object, if a storage for the scope is registered;
        // ConfigKey falls back to the global value otherwise
        ScopedConfigStorage storage = findScopedConfigStorage(scope);
        return storage != null ? storage.getConfigValue(scopeId, key) : null;
    }

    @Override
    public void invalidateConfigCache(String key, ConfigKey.Scope scope, Long scopeId) {
        // nothing is cached
    }

    @Override
    public List<String> getComponentsInDepot() {
        return new ArrayList<>();
    }

    @Override
    public Set<ConfigKey<?>> getConfigListByScope(String scope) {
        return _scopeLevelConfigsMap.get(ConfigKey.Scope.valueOf(scope));
    }

    @Override
    public <T> void set(ConfigKey<T> key, T value) {
        if (!configDao().update(key.key(), value == null ? null : value.toString())) {
            throw new CloudRuntimeException("Setting " + key.key() + " is not in the configuration table; register its Configurable first");
        }
    }

    public ConfigurationDao global() {
        return configDao();
    }

    private ScopedConfigStorage findScopedConfigStorage(ConfigKey.Scope scope) {
        for (ScopedConfigStorage storage : _scopedStorages) {
            if (storage.getScope() == scope) {
                return storage;
            }
        }
        return null;
    }

    private synchronized ConfigurationDao configDao() {
        if (_configDao == null) {
            // outside Spring nothing injects the DAO: use the standard one
            _configDao = new ConfigurationDaoImpl();
        }
        return _configDao;
    }

    public List<ScopedConfigStorage> getScopedStorages() {
        return _scopedStorages;
    }

    @Inject
    public void setScopedStorages(List<ScopedConfigStorage> scopedStorages) {
        _scopedStorages = scopedStorages;
    }

    public List<Configurable> getConfigurables() {
        return _configurables;
    }

    @Inject
    public void setConfigurables(List<Configurable> configurables) {
        _configurables = configurables;
    }
}
