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

package org.apache.cloudstack.framework.config;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.cloudstack.framework.config.impl.ConfigDepotImpl;

import com.cloud.utils.Pair;
import com.cloud.utils.Ternary;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * A setting: declared once (static final) by a Configurable, stored in the {@code configuration}
 * table under its name, read through the ConfigDepot. A dynamic key re-reads the table on every
 * {@link #value()} call, so changes apply without restart; a static key keeps its first value.
 * Without a depot (or without a row) the default applies.
 */
public class ConfigKey<T> {

    public static final String CATEGORY_ADVANCED = "Advanced";
    public static final String CATEGORY_ALERT = "Alert";
    public static final String CATEGORY_NETWORK = "Network";
    public static final String CATEGORY_SYSTEM = "System";

    // Group name, description, precedence
    public static final Ternary<String, String, Long> GROUP_MISCELLANEOUS = new Ternary<>("Miscellaneous", "Miscellaneous configuration", 999L);
    public static final Ternary<String, String, Long> GROUP_ACCESS = new Ternary<>("Access", "Identity and Access management configuration", 1L);
    public static final Ternary<String, String, Long> GROUP_COMPUTE = new Ternary<>("Compute", "Compute configuration", 2L);
    public static final Ternary<String, String, Long> GROUP_STORAGE = new Ternary<>("Storage", "Storage configuration", 3L);
    public static final Ternary<String, String, Long> GROUP_NETWORK = new Ternary<>("Network", "Network configuration", 4L);
    public static final Ternary<String, String, Long> GROUP_HYPERVISOR = new Ternary<>("Hypervisor", "Hypervisor specific configuration", 5L);
    public static final Ternary<String, String, Long> GROUP_MANAGEMENT_SERVER = new Ternary<>("Management Server", "Management Server configuration", 6L);
    public static final Ternary<String, String, Long> GROUP_SYSTEM_VMS = new Ternary<>("System VMs", "System VMs related configuration", 7L);
    public static final Ternary<String, String, Long> GROUP_INFRASTRUCTURE = new Ternary<>("Infrastructure", "Infrastructure configuration", 8L);
    public static final Ternary<String, String, Long> GROUP_USAGE_SERVER = new Ternary<>("Usage Server", "Usage Server related configuration", 9L);

    // Subgroup name, precedence (the ones a network plugin uses)
    public static final Pair<String, Long> SUBGROUP_OTHERS = new Pair<>("Others", 999L);
    public static final Pair<String, Long> SUBGROUP_NETWORK = new Pair<>("Network", 1L);
    public static final Pair<String, Long> SUBGROUP_DHCP = new Pair<>("DHCP", 2L);
    public static final Pair<String, Long> SUBGROUP_VPC = new Pair<>("VPC", 3L);
    public static final Pair<String, Long> SUBGROUP_LOADBALANCER = new Pair<>("LoadBalancer", 4L);
    public static final Pair<String, Long> SUBGROUP_SECURITY = new Pair<>("Security", 4L);
    public static final Pair<String, Long> SUBGROUP_VIRTUAL_ROUTER = new Pair<>("VirtualRouter", 3L);

    public enum Scope {
        Global(null, 1),
        Zone(Global, 1 << 1),
        Cluster(Zone, 1 << 2),
        StoragePool(Cluster, 1 << 3),
        ManagementServer(Global, 1 << 4),
        ImageStore(Zone, 1 << 5),
        Domain(Global, 1 << 6),
        Account(Domain, 1 << 7);

        private final Scope parent;
        private final int bitValue;

        Scope(Scope parent, int bitValue) {
            this.parent = parent;
            this.bitValue = bitValue;
        }

        public Scope getParent() {
            return parent;
        }

        public int getBitValue() {
            return bitValue;
        }

        public boolean isDescendantOf(Scope other) {
            for (Scope p = getParent(); p != null; p = p.getParent()) {
                if (p == other) {
                    return true;
                }
            }
            return false;
        }

        public static List<Scope> getAllDescendants(String str) {
            Scope s1 = Scope.valueOf(str);
            List<Scope> scopes = new ArrayList<>();
            for (Scope s : Scope.values()) {
                if (s.isDescendantOf(s1)) {
                    scopes.add(s);
                }
            }
            return scopes;
        }

        public static List<Scope> decode(int bitmask) {
            if (bitmask == 0) {
                return Collections.emptyList();
            }
            List<Scope> scopes = new ArrayList<>();
            for (Scope scope : Scope.values()) {
                if ((bitmask & scope.getBitValue()) != 0) {
                    scopes.add(scope);
                }
            }
            return scopes;
        }

        public static String decodeAsCsv(int bitmask) {
            if (bitmask == 0) {
                return null;
            }
            StringBuilder builder = new StringBuilder();
            for (Scope scope : decode(bitmask)) {
                builder.append(builder.length() == 0 ? "" : ", ").append(scope.name());
            }
            return builder.toString();
        }

        public static int getBitmask(Scope... scopes) {
            int bitmask = 0;
            for (Scope scope : scopes) {
                bitmask |= scope.getBitValue();
            }
            return bitmask;
        }
    }

    public enum Kind {
        CSV, Order, Select, WhitespaceSeparatedListWithOptions
    }

    static ConfigDepotImpl s_depot = null;

    public static void init(ConfigDepotImpl depot) {
        s_depot = depot;
    }

    private final String _category;
    private final Class<T> _type;
    private final String _name;
    private final String _defaultValue;
    private final String _description;
    private final String _displayText;
    private final List<Scope> scopes;
    private final boolean _isDynamic;
    private final String _parent;
    private final Ternary<String, String, Long> _group;
    private final Pair<String, Long> _subGroup;
    private final Kind _kind;
    private final String _options;
    private final T _multiplier;
    private volatile T _value = null;

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description, boolean isDynamic, Scope scope) {
        this(type, name, category, defaultValue, description, isDynamic, scope, null);
    }

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description, boolean isDynamic, List<Scope> scopes) {
        this(type, name, category, defaultValue, description, isDynamic, scopes, null, null, null, null, null, null, null);
    }

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description, boolean isDynamic, Scope scope, String parent) {
        this(type, name, category, defaultValue, description, isDynamic, scope, null, null, parent, null, null, null, null);
    }

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description, boolean isDynamic) {
        this(type, name, category, defaultValue, description, isDynamic, Scope.Global, null);
    }

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description, boolean isDynamic, Kind kind, String options) {
        this(type, name, category, defaultValue, description, isDynamic, Scope.Global, null, null, null, null, null, kind, options);
    }

    public ConfigKey(String category, Class<T> type, String name, String defaultValue, String description, boolean isDynamic, String parent) {
        this(type, name, category, defaultValue, description, isDynamic, Scope.Global, null, null, parent, null, null, null, null);
    }

    public ConfigKey(Class<T> type, String name, String category, String defaultValue, String description, boolean isDynamic, Scope scope, T multiplier) {
        this(type, name, category, defaultValue, description, isDynamic, scope, multiplier, null, null, null, null, null, null);
    }

    public ConfigKey(Class<T> type, String name, String category, String defaultValue, String description, boolean isDynamic, Scope scope, T multiplier, String parent) {
        this(type, name, category, defaultValue, description, isDynamic, scope, multiplier, null, parent, null, null, null, null);
    }

    public ConfigKey(Class<T> type, String name, String category, String defaultValue, String description, boolean isDynamic, Scope scope, T multiplier,
                     String displayText, String parent, Ternary<String, String, Long> group, Pair<String, Long> subGroup) {
        this(type, name, category, defaultValue, description, isDynamic, scope, multiplier, displayText, parent, group, subGroup, null, null);
    }

    public ConfigKey(Class<T> type, String name, String category, String defaultValue, String description, boolean isDynamic, Scope scope, T multiplier,
                     String displayText, String parent, Ternary<String, String, Long> group, Pair<String, Long> subGroup, Kind kind, String options) {
        this(type, name, category, defaultValue, description, isDynamic, scope == null ? null : List.of(scope), multiplier, displayText, parent, group, subGroup, kind, options);
    }

    public ConfigKey(Class<T> type, String name, String category, String defaultValue, String description, boolean isDynamic, List<Scope> scopes, T multiplier,
                     String displayText, String parent, Ternary<String, String, Long> group, Pair<String, Long> subGroup, Kind kind, String options) {
        _category = category;
        _type = type;
        _name = name;
        _defaultValue = defaultValue;
        _description = description;
        _displayText = displayText;
        this.scopes = new ArrayList<>();
        if (scopes != null) {
            this.scopes.addAll(scopes);
        }
        _isDynamic = isDynamic;
        _multiplier = multiplier;
        _parent = parent;
        _group = group;
        _subGroup = subGroup;
        _kind = kind;
        _options = options;
    }

    @Deprecated
    public ConfigKey(Class<T> type, String name, String category, String defaultValue, String description, boolean isDynamic) {
        this(type, name, category, defaultValue, description, isDynamic, Scope.Global, null);
    }

    public ConfigKey(Class<T> type, String name, String category, String defaultValue, String description, boolean isDynamic, String parent) {
        this(type, name, category, defaultValue, description, isDynamic, Scope.Global, null, null, parent, null, null);
    }

    public String category() {
        return _category;
    }

    public Class<T> type() {
        return _type;
    }

    public final String key() {
        return _name;
    }

    public String defaultValue() {
        return _defaultValue;
    }

    public String description() {
        return _description;
    }

    public String displayText() {
        return _displayText;
    }

    public List<Scope> getScopes() {
        return scopes;
    }

    public boolean isDynamic() {
        return _isDynamic;
    }

    public Ternary<String, String, Long> group() {
        return _group;
    }

    public Pair<String, Long> subGroup() {
        return _subGroup;
    }

    public final String parent() {
        return _parent;
    }

    public final Kind kind() {
        return _kind;
    }

    public final String options() {
        return _options;
    }

    public T multiplier() {
        return _multiplier;
    }

    @Override
    public String toString() {
        return _name;
    }

    @Override
    public int hashCode() {
        return _name.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        if (obj instanceof ConfigKey) {
            ConfigKey<?> that = (ConfigKey<?>)obj;
            return this._name.equals(that._name);
        }
        return false;
    }

    public boolean isSameKeyAs(Object obj) {
        if (this.equals(obj)) {
            return true;
        } else if (obj instanceof String) {
            return obj.equals(_name);
        }
        throw new CloudRuntimeException("Comparing ConfigKey to " + obj);
    }

    /** The global value: the configuration table's, else the default. */
    public T value() {
        T v = _value;
        if (v == null || isDynamic()) {
            String value = s_depot != null ? s_depot.getConfigStringValue(_name, Scope.Global, null) : null;
            v = valueOf(value == null ? defaultValue() : value);
            _value = v;
        }
        return v;
    }

    /** The value set for one scope object (e.g. an account), else its parent scopes', else the global one. */
    public T valueInScope(Scope scope, Long id) {
        if (id == null || scope == null || scope == Scope.Global) {
            return value();
        }
        String value = s_depot != null ? s_depot.getConfigStringValue(_name, scope, id) : null;
        if (value == null) {
            return value();
        }
        return valueOf(value);
    }

    public T valueIn(Long id) {
        return valueInScope(scopes.isEmpty() ? null : scopes.get(0), id);
    }

    @SuppressWarnings("unchecked")
    protected T valueOf(String value) {
        if (value == null) {
            return null;
        }
        Number multiplier = 1;
        if (multiplier() != null) {
            multiplier = (Number)multiplier();
        }
        Class<T> type = type();
        try {
            if (type.isAssignableFrom(Boolean.class)) {
                return (T)Boolean.valueOf(value);
            } else if (type.isAssignableFrom(Integer.class)) {
                return (T)Integer.valueOf(Integer.parseInt(value.trim()) * multiplier.intValue());
            } else if (type.isAssignableFrom(Long.class)) {
                return (T)Long.valueOf(Long.parseLong(value.trim()) * multiplier.longValue());
            } else if (type.isAssignableFrom(Short.class)) {
                return (T)Short.valueOf(Short.parseShort(value.trim()));
            } else if (type.isAssignableFrom(String.class)) {
                return (T)value;
            } else if (type.isAssignableFrom(Float.class)) {
                return (T)Float.valueOf(Float.parseFloat(value) * multiplier.floatValue());
            } else if (type.isAssignableFrom(Double.class)) {
                return (T)Double.valueOf(Double.parseDouble(value) * multiplier.doubleValue());
            } else if (type.isAssignableFrom(Date.class)) {
                return (T)Date.valueOf(value);
            } else if (type.isAssignableFrom(Character.class)) {
                return (T)Character.valueOf(value.charAt(0));
            }
        } catch (IllegalArgumentException e) {
            throw new CloudRuntimeException("Setting " + _name + " has the value '" + value + "', which is not a " + type.getSimpleName(), e);
        }
        throw new CloudRuntimeException("Unsupported data type for config values: " + type);
    }

    public boolean isGlobalOrEmptyScope() {
        return scopes.isEmpty() || (scopes.size() == 1 && scopes.get(0) == Scope.Global);
    }

    public int getScopeBitmask() {
        int bitmask = 0;
        for (Scope scope : scopes) {
            bitmask |= scope.getBitValue();
        }
        return bitmask;
    }
}
