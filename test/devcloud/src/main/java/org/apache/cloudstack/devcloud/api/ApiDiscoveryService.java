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
package org.apache.cloudstack.devcloud.api;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.devcloud.api.response.ApiDiscoveryResponse;
import org.apache.cloudstack.devcloud.api.response.ApiParameterResponse;
import org.apache.cloudstack.devcloud.api.response.ApiResponseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * listApis from the annotations, as CloudStack's ApiDiscoveryServiceImpl builds it: name,
 * description, since, isasync, related; params with name, description, type (lower-case
 * CommandType), length, required, since, related; response fields with name, description, type
 * (lower-case Java simple type) and nested fields.
 */
public class ApiDiscoveryService {

    @Inject
    private ApiCommandRegistry registry;

    private Map<String, ApiDiscoveryResponse> cache;
    private int cachedCommandCount = -1;

    private synchronized Map<String, ApiDiscoveryResponse> responses() {
        List<Class<? extends BaseCmd>> classes = registry.allClasses();
        if (cache == null || cachedCommandCount != classes.size()) {
            cache = build(classes);
            cachedCommandCount = classes.size();
        }
        return cache;
    }

    static Map<String, ApiDiscoveryResponse> build(List<Class<? extends BaseCmd>> classes) {
        Map<String, ApiDiscoveryResponse> byName = new LinkedHashMap<>();
        Map<String, List<String>> apisByResponseClass = new HashMap<>();
        Map<String, String> responseClassOfApi = new HashMap<>();
        for (Class<? extends BaseCmd> cmdClass : classes) {
            APICommand at = cmdClass.getAnnotation(APICommand.class);
            if (at == null || !at.includeInApiDoc() || at.name().isEmpty() || byName.containsKey(at.name())) {
                continue;
            }
            ApiDiscoveryResponse response = describeCommand(cmdClass, at);
            Class<?> responseClass = at.responseObject();
            responseClassOfApi.put(at.name(), responseClass.getName());
            // a response class also answers for the classes it extends, so a parameter typed with the
            // shim's DomainResponse relates to a listDomains answering with a subclass of it
            for (Class<?> c = responseClass; c != null && c != BaseResponse.class && c != Object.class; c = c.getSuperclass()) {
                if (c != SuccessResponse.class) {
                    apisByResponseClass.computeIfAbsent(c.getName(), k -> new ArrayList<>()).add(at.name());
                }
            }
            for (Field field : allFields(responseClass, BaseResponse.class.getSuperclass())) {
                ApiResponseResponse fieldResponse = describeResponseField(field, new HashSet<>());
                if (fieldResponse != null) {
                    response.addApiResponse(fieldResponse);
                }
            }
            byName.put(at.name(), response);
        }
        for (ApiDiscoveryResponse response : byName.values()) {
            for (ApiParameterResponse param : response.getParams()) {
                List<String> related = apisByResponseClass.get(param.getRelated());
                param.setRelated(related == null ? null : String.join(",", related));
            }
            List<String> related = apisByResponseClass.get(responseClassOfApi.get(response.getName()));
            if (related != null) {
                List<String> others = new ArrayList<>(related);
                others.remove(response.getName());
                response.setRelated(others.isEmpty() ? null : String.join(",", others));
            } else {
                response.setRelated(null);
            }
        }
        return byName;
    }

    private static ApiDiscoveryResponse describeCommand(Class<? extends BaseCmd> cmdClass, APICommand at) {
        ApiDiscoveryResponse response = new ApiDiscoveryResponse();
        response.setName(at.name());
        response.setDescription(at.description());
        if (!at.since().isEmpty()) {
            response.setSince(at.since());
        }
        response.setAsync(BaseAsyncCmd.class.isAssignableFrom(cmdClass));
        Set<Class<?>> frameworkClasses = Set.of(BaseCmd.class, BaseAsyncCmd.class, BaseAsyncCreateCmd.class);
        for (Class<?> c = cmdClass; c != null && !frameworkClasses.contains(c) && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Parameter p = field.getAnnotation(Parameter.class);
                if (p == null || !p.expose() || !p.includeInApiDoc()) {
                    continue;
                }
                ApiParameterResponse param = new ApiParameterResponse();
                param.setName(p.name());
                param.setDescription(p.description());
                param.setType(p.type().toString().toLowerCase());
                param.setLength(p.length());
                param.setRequired(p.required());
                if (!p.since().isEmpty()) {
                    param.setSince(p.since());
                }
                param.setRelated(p.entityType()[0].getName());
                param.setAuthorizedRoleTypes(Arrays.asList(p.authorized()));
                response.addParam(param);
            }
        }
        return response;
    }

    private static List<Field> allFields(Class<?> clazz, Class<?> stopAt) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = clazz; c != null && c != stopAt && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        return fields;
    }

    private static ApiResponseResponse describeResponseField(Field field, Set<Class<?>> visiting) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        Param param = field.getAnnotation(Param.class);
        if (name == null || param == null) {
            return null;
        }
        ApiResponseResponse response = new ApiResponseResponse();
        response.setName(name.value());
        response.setDescription(param.description());
        response.setType(field.getType().getSimpleName().toLowerCase());
        Class<?> nested = param.responseObject();
        if (nested != null && BaseResponse.class.isAssignableFrom(nested) && visiting.add(nested)) {
            for (Field inner : allFields(nested, BaseResponse.class)) {
                ApiResponseResponse innerResponse = describeResponseField(inner, visiting);
                if (innerResponse != null) {
                    response.addApiResponse(innerResponse);
                }
            }
            visiting.remove(nested);
        }
        return response;
    }

    /**
     * The APIs the role may call (all of them for the root admin), parameters limited to those the
     * role may pass.
     *
     * @param name one API, or null for all
     * @return null when a named API is unknown or not allowed
     */
    public List<ApiDiscoveryResponse> listApis(RoleType role, String name) {
        Map<String, ApiDiscoveryResponse> all = responses();
        List<ApiDiscoveryResponse> result = new ArrayList<>();
        if (name != null) {
            if (!all.containsKey(name) || !registry.isAllowed(name, role)) {
                return null;
            }
            result.add(forRole(all.get(name), role));
            return result;
        }
        for (Map.Entry<String, ApiDiscoveryResponse> e : all.entrySet()) {
            if (registry.isAllowed(e.getKey(), role)) {
                result.add(forRole(e.getValue(), role));
            }
        }
        return result;
    }

    private static ApiDiscoveryResponse forRole(ApiDiscoveryResponse cached, RoleType role) {
        if (role == RoleType.Admin) {
            return cached;
        }
        ApiDiscoveryResponse copy = new ApiDiscoveryResponse(cached);
        Iterator<ApiParameterResponse> it = copy.getParams().iterator();
        while (it.hasNext()) {
            List<RoleType> allowed = it.next().getAuthorizedRoleTypes();
            if (allowed != null && !allowed.isEmpty() && !allowed.contains(role)) {
                it.remove();
            }
        }
        return copy;
    }
}
