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
package org.apache.cloudstack.devcloud.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;

import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.config.response.ConfigurationResponse;
import org.apache.cloudstack.framework.config.ConfigDepot;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.dao.ConfigurationDao;
import org.apache.cloudstack.framework.config.impl.ConfigurationVO;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.event.ActionEvent;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.utils.Pair;
import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.crypt.DBEncryptionUtil;
import com.cloud.utils.db.Filter;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Global settings as CloudStack's ManagementServerImpl.searchForConfigurations and
 * ConfigurationManagerImpl.updateConfiguration handle them, over the configuration table the ConfigDepot fills:
 * same filters, same checks, same error texts. A new value is in the table when the call returns, so a dynamic
 * ConfigKey reads it at its next value(); a non-dynamic one keeps its first value until a restart, as in CloudStack.
 * devcloud keeps global values only (no zone, account or domain scope storage).
 */
public class ConfigurationService extends ManagerBase {
    private static final Logger LOGGER = LogManager.getLogger(ConfigurationService.class);
    public static final String EVENT_CONFIGURATION_VALUE_EDIT = "CONFIGURATION.VALUE.EDIT";
    static final String HIDDEN = "Hidden";
    static final String SECURE = "Secure";

    @Inject
    private ConfigurationDao configDao;
    @Inject
    private ConfigDepot configDepot;

    /** listConfigurations: name (substring), category, keyword over name, category, description, component and value; Hidden never listed. */
    public Pair<List<ConfigurationVO>, Integer> searchForConfigurations(String name, String category, String keyword, Long startIndex, Long pageSize) {
        SearchBuilder<ConfigurationVO> sb = configDao.createSearchBuilder();
        sb.and("name", sb.entity().getName(), SearchCriteria.Op.LIKE);
        sb.and("category", sb.entity().getCategory(), SearchCriteria.Op.EQ);
        sb.and("notHidden", sb.entity().getCategory(), SearchCriteria.Op.NEQ);
        if (keyword != null) {
            sb.and().op("kwName", sb.entity().getName(), SearchCriteria.Op.LIKE);
            sb.or("kwInstance", sb.entity().getInstance(), SearchCriteria.Op.LIKE);
            sb.or("kwComponent", sb.entity().getComponent(), SearchCriteria.Op.LIKE);
            sb.or("kwDescription", sb.entity().getDescription(), SearchCriteria.Op.LIKE);
            sb.or("kwCategory", sb.entity().getCategory(), SearchCriteria.Op.LIKE);
            sb.or("kwValue", sb.entity().getValue(), SearchCriteria.Op.LIKE);
            sb.cp();
        }
        sb.done();
        SearchCriteria<ConfigurationVO> sc = sb.create();
        if (name != null) {
            sc.setParameters("name", like(name));
        }
        sc.setParametersIfNotNull("category", category);
        // hidden configurations are never shown by the search API
        sc.setParameters("notHidden", HIDDEN);
        if (keyword != null) {
            for (String field : List.of("kwName", "kwInstance", "kwComponent", "kwDescription", "kwCategory", "kwValue")) {
                sc.setParameters(field, like(keyword));
            }
        }
        return configDao.searchAndCount(sc, new Filter(ConfigurationVO.class, "name", true, startIndex, pageSize));
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * updateConfiguration for the global scope: an unknown name is refused, no value returns the setting unchanged,
     * an empty value (or "null") clears it, a value that does not parse as the key's type is refused with
     * CloudStack's text.
     */
    @ActionEvent(eventType = EVENT_CONFIGURATION_VALUE_EDIT, eventDescription = "updating configuration")
    public ConfigurationVO updateConfiguration(String name, String value) {
        ConfigurationVO config = configDao.findByName(name);
        CallContext.current().setEventDetails(" Name: " + name + " New Value: " + (isSecret(name, config) ? "*****" : value == null ? "" : value));
        if (config == null) {
            LOGGER.warn("Probably the component manager where configuration variable {} is defined needs to implement Configurable interface", name);
            throw new InvalidParameterValueException("Config parameter with name " + name + " doesn't exist");
        }
        if (value == null) {
            return config;
        }
        String newValue = value.trim();
        if (newValue.isEmpty() || newValue.equals("null")) {
            newValue = null;
        }
        String error = validateConfigurationValue(name, newValue);
        if (error != null) {
            throw new InvalidParameterValueException(error);
        }
        if (!configDao.update(name, newValue)) {
            throw new CloudRuntimeException("Failed to update configuration value. Please contact Cloud Support.");
        }
        configDepot.invalidateConfigCache(name, ConfigKey.Scope.Global, null);
        LOGGER.info("Setting {} updated", name);
        return configDao.findByName(name);
    }

    private static boolean isSecret(String name, ConfigurationVO config) {
        return name.toLowerCase(Locale.ROOT).contains("password") || (config != null && config.isEncrypted());
    }

    /** ConfigurationManagerImpl.validateConfigurationValue, for what a ConfigKey's type tells. */
    String validateConfigurationValue(String name, String value) {
        ConfigKey<?> key = configDepot.get(name);
        if (key == null) {
            // a row without a ConfigKey in this server: nothing to check the value against
            return null;
        }
        Class<?> type = key.type();
        String errMsg = null;
        try {
            if (type.equals(Integer.class)) {
                errMsg = "There was error in trying to parse value: " + value + ". Please enter a valid integer value for parameter " + name;
                Integer.parseInt(value);
            } else if (type.equals(Float.class)) {
                errMsg = "There was error in trying to parse value: " + value + ". Please enter a valid float value for parameter " + name;
                Float.parseFloat(value);
            } else if (type.equals(Long.class)) {
                errMsg = "There was error in trying to parse value: " + value + ". Please enter a valid long value for parameter " + name;
                Long.parseLong(value);
            }
        } catch (NumberFormatException | NullPointerException e) {
            return errMsg;
        }
        if (type.equals(Boolean.class) && !("true".equals(value) || "false".equals(value))) {
            return "Please enter either 'true' or 'false'.";
        }
        return null;
    }

    public List<ConfigurationResponse> responses(List<ConfigurationVO> configs) {
        List<ConfigurationResponse> responses = new ArrayList<>();
        for (ConfigurationVO cfg : configs) {
            responses.add(response(cfg));
        }
        return responses;
    }

    /** ApiResponseHelper.createConfigurationResponse: Secure values leave the server encrypted, never in clear. */
    public ConfigurationResponse response(ConfigurationVO cfg) {
        ConfigurationResponse r = new ConfigurationResponse();
        r.setCategory(cfg.getCategory());
        r.setName(cfg.getName());
        r.setValue(cfg.isEncrypted() && cfg.getValue() != null ? DBEncryptionUtil.encrypt(cfg.getValue()) : cfg.getValue());
        r.setDefaultValue(cfg.getDefaultValue());
        r.setDescription(cfg.getDescription());
        r.setIsDynamic(cfg.isDynamic());
        r.setComponent(cfg.getComponent());
        r.setParent(cfg.getParent());
        r.setDisplayText(cfg.getDisplayText());
        r.setOptions(cfg.getOptions());
        ConfigKey<?> key = configDepot.get(cfg.getName());
        r.setType(typeOf(key));
        if (!cfg.getScopes().isEmpty()) {
            r.setScope(ConfigKey.Scope.decodeAsCsv(cfg.getScope()).toLowerCase(Locale.ROOT));
        }
        return r;
    }

    /** ConfigurationManagerImpl.getConfigurationType: how the UI edits the value. */
    static String typeOf(ConfigKey<?> key) {
        if (key == null) {
            return "String";
        }
        if (key.kind() != null) {
            return key.kind().toString();
        }
        Class<?> type = key.type();
        if (type == Boolean.class) {
            return "Boolean";
        }
        if (type == Integer.class || type == Long.class || type == Short.class) {
            return "Number";
        }
        if (type == Float.class || type == Double.class) {
            return "Decimal";
        }
        return "String";
    }
}
