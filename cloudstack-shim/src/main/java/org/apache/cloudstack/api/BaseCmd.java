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
package org.apache.cloudstack.api;

import java.lang.reflect.Field;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.context.CallContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.exception.ConcurrentOperationException;
import com.cloud.exception.InsufficientCapacityException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.exception.ResourceAllocationException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.NetworkModel;
import com.cloud.user.Account;
import com.cloud.user.AccountService;

/**
 * Shim of CloudStack's BaseCmd. CloudStack injects several dozen services into every command;
 * only those a plugin command reads are declared here.
 */
public abstract class BaseCmd {
    public static final String RESPONSE_SUFFIX = "response";
    public static final String RESPONSE_TYPE_XML = "xml";
    public static final String RESPONSE_TYPE_JSON = "json";
    public static final String USER_ERROR_MESSAGE = "Internal error executing command, please contact your system administrator";
    public static Pattern newInputDateFormat = Pattern.compile("[\\d]+-[\\d]+-[\\d]+ [\\d]+:[\\d]+:[\\d]+");
    private static final DateFormat s_outputFormat = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssZ");
    protected static final Map<Class<?>, List<Field>> fieldsForCmdClass = new HashMap<Class<?>, List<Field>>();

    protected transient Logger logger = LogManager.getLogger(getClass());

    public static enum HTTPMethod {
        GET, POST, PUT, DELETE
    }

    public static enum CommandType {
        BOOLEAN, DATE, FLOAT, DOUBLE, INTEGER, SHORT, LIST, LONG, OBJECT, MAP, STRING, UUID
    }

    private Object _responseObject;
    private Map<String, String> fullUrlParams;
    private HTTPMethod httpMethod;
    @Parameter(name = "response", type = CommandType.STRING)
    private String responseType;

    @Inject
    public AccountService _accountService;
    @Inject
    public NetworkModel _ntwkModel;

    public abstract void execute() throws ResourceUnavailableException, InsufficientCapacityException, ServerApiException, ConcurrentOperationException,
        ResourceAllocationException, NetworkRuleConflictException;

    public void configure() {
    }

    public HTTPMethod getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(final String method) {
        httpMethod = HTTPMethod.GET;
        if (method != null) {
            for (HTTPMethod m : HTTPMethod.values()) {
                if (m.name().equalsIgnoreCase(method)) {
                    httpMethod = m;
                }
            }
        }
    }

    public String getResponseType() {
        if (responseType == null) {
            return RESPONSE_TYPE_XML;
        }
        return responseType;
    }

    public void setResponseType(final String responseType) {
        this.responseType = responseType;
    }

    public static String getCommandNameByClass(Class<?> clazz) {
        APICommand api = clazz.getAnnotation(APICommand.class);
        if (api != null && api.name() != null) {
            return api.name();
        }
        return clazz.getName();
    }

    public String getActualCommandName() {
        return getCommandNameByClass(this.getClass());
    }

    public String getCommandName() {
        return getResponseNameByClass(this.getClass());
    }

    public static String getResponseNameByClass(Class<?> clazz) {
        return getCommandNameByClass(clazz).toLowerCase() + BaseCmd.RESPONSE_SUFFIX;
    }

    /**
     * For commands the API framework needs to know the owner of the object being acted upon.
     *
     * @return the id of the account that owns the object being acted upon
     */
    public abstract long getEntityOwnerId();

    public List<Long> getEntityOwnerIds() {
        return null;
    }

    public Object getResponseObject() {
        return _responseObject;
    }

    public void setResponseObject(final Object responseObject) {
        _responseObject = responseObject;
    }

    public static String getDateString(final Date date) {
        if (date == null) {
            return "";
        }
        synchronized (s_outputFormat) {
            return s_outputFormat.format(date);
        }
    }

    protected List<Field> getAllFieldsForClass(final Class<?> clazz) {
        synchronized (fieldsForCmdClass) {
            List<Field> filtered = fieldsForCmdClass.get(clazz);
            if (filtered == null) {
                filtered = new ArrayList<>();
                for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        Parameter parameter = field.getAnnotation(Parameter.class);
                        if (parameter != null && parameter.expose()) {
                            filtered.add(field);
                        }
                    }
                }
                fieldsForCmdClass.put(clazz, filtered);
            }
            return filtered;
        }
    }

    /**
     * The exposed parameters of this command that the caller's role may pass.
     */
    public List<Field> getParamFields() {
        final List<Field> validFields = new ArrayList<>();
        final Account caller = CallContext.current().getCallingAccount();
        for (final Field field : getAllFieldsForClass(this.getClass())) {
            final RoleType[] allowedRoles = field.getAnnotation(Parameter.class).authorized();
            boolean roleIsAllowed = allowedRoles.length == 0;
            for (final RoleType allowedRole : allowedRoles) {
                if (caller != null && allowedRole.getAccountType() == caller.getType()) {
                    roleIsAllowed = true;
                    break;
                }
            }
            if (roleIsAllowed) {
                validFields.add(field);
            } else {
                logger.debug("Ignoring parameter {} as the caller is not authorized to pass it in", field.getAnnotation(Parameter.class).name());
            }
        }
        return validFields;
    }

    public void setFullUrlParams(final Map<String, String> map) {
        fullUrlParams = map;
    }

    public Map<String, String> getFullUrlParams() {
        return fullUrlParams;
    }

    /**
     * To be overwritten by any class who needs specific validation
     */
    public void validateSpecificParameters(final Map<String, String> params) {
    }

    /**
     * The display flag hides a resource from end users; it does not affect the root admin.
     */
    public boolean isDisplay() {
        CallContext.current().setEventDisplayEnabled(true);
        return true;
    }

    public Long getApiResourceId() {
        return null;
    }

    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.None;
    }

    public Map<String, String> convertDetailsToMap(Map params) {
        Map<String, String> detailsMap = new HashMap<>();
        if (params != null && !params.isEmpty()) {
            for (Object value : params.values()) {
                if (value instanceof Map) {
                    Map<?, ?> detail = (Map<?, ?>)value;
                    Object key = detail.get("key");
                    Object val = detail.get("value");
                    if (key != null) {
                        detailsMap.put(key.toString(), val == null ? null : val.toString());
                    }
                }
            }
        }
        return detailsMap;
    }
}
