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
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.api.ACL;
import org.apache.cloudstack.api.ApiArgValidator;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseCmd.CommandType;
import org.apache.cloudstack.api.EntityReference;
import org.apache.cloudstack.api.InternalIdentity;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.context.CallContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.user.Account;
import com.cloud.user.AccountService;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Parameter handling of CloudStack's dispatch chain: ParamUnpackWorker (lower-cased names,
 * {@code name[i].field} maps), ParamProcessWorker (typed values, required parameters, UUID to internal
 * id, {@code @ACL} access checks) and SpecificCmdValidationWorker. Error texts are CloudStack's.
 */
public class ParamProcessor {
    private static final Logger LOGGER = LogManager.getLogger(ParamProcessor.class);
    private static final Pattern UUID_PATTERN = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern NEW_DATE_FORMAT = Pattern.compile("[\\d]+-[\\d]+-[\\d]+ [\\d]+:[\\d]+:[\\d]+");
    private static final String MALFORMED = "; if specifying an object array, please use parameter[index].field=XXX, e.g. userGroupList[0].group=httpGroup";

    @Inject
    private AccountService accountService;
    @Inject
    private EntityManager entityManager;

    public ParamProcessor() {
    }

    public ParamProcessor(AccountService accountService, EntityManager entityManager) {
        this.accountService = accountService;
        this.entityManager = entityManager;
    }

    /**
     * Lower-cases the names and turns {@code tags[0].key=k} into {@code tags -> {0 -> {key -> k}}}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Map<String, Object> unpack(Map<String, String> params) {
        Map<String, Object> unpacked = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : params.entrySet()) {
            String key = entry.getKey();
            int start = key.indexOf('[');
            if (start != key.lastIndexOf('[')) {
                throw new ServerApiException(ApiErrorCode.MALFORMED_PARAMETER_ERROR, "Unable to decode parameter " + key + MALFORMED);
            }
            if (start > 0) {
                int end = key.indexOf(']');
                if (end < start || end != key.lastIndexOf(']')) {
                    throw new ServerApiException(ApiErrorCode.MALFORMED_PARAMETER_ERROR, "Unable to decode parameter " + key + MALFORMED);
                }
                int dot = key.indexOf('.');
                if (dot < end) {
                    throw new ServerApiException(ApiErrorCode.MALFORMED_PARAMETER_ERROR, "Unable to decode parameter " + key + MALFORMED);
                }
                String fieldName = key.substring(dot + 1);
                String paramName = key.substring(0, start).toLowerCase();
                int index;
                try {
                    index = Integer.parseInt(key.substring(start + 1, end));
                } catch (NumberFormatException e) {
                    throw new ServerApiException(ApiErrorCode.MALFORMED_PARAMETER_ERROR, "Unable to decode parameter " + key + MALFORMED);
                }
                Object existing = unpacked.get(paramName);
                Map<Integer, Map> array = existing instanceof Map ? (Map<Integer, Map>)existing : new HashMap<>();
                Map<String, Object> item = array.computeIfAbsent(index, i -> new HashMap<String, Object>());
                item.put(fieldName, entry.getValue());
                unpacked.put(paramName, array);
            } else {
                unpacked.put(key.toLowerCase(), entry.getValue());
            }
        }
        return unpacked;
    }

    /** The unpacked parameters with plain string values, as validateSpecificParameters receives them. */
    public static Map<String, String> flat(Map<String, Object> unpacked) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : unpacked.entrySet()) {
            if (e.getValue() instanceof String) {
                flat.put(e.getKey(), (String)e.getValue());
            }
        }
        return flat;
    }

    private static String apiName(BaseCmd cmd) {
        String responseName = cmd.getCommandName();
        return responseName.substring(0, responseName.length() - BaseCmd.RESPONSE_SUFFIX.length());
    }

    /**
     * Sets the command's {@code @Parameter} fields from the unpacked parameters and runs the access
     * checks their {@code @ACL} annotations ask for.
     */
    @SuppressWarnings({"rawtypes"})
    public void processParameters(BaseCmd cmd, Map<String, Object> params) {
        Map<Object, AccessType> entitiesToAccess = new LinkedHashMap<>();
        for (Field field : cmd.getParamFields()) {
            Parameter annotation = field.getAnnotation(Parameter.class);
            Object paramObj = params.get(annotation.name());
            if (paramObj == null) {
                if (annotation.required()) {
                    throw new ServerApiException(ApiErrorCode.PARAM_ERROR,
                        "Unable to execute API command " + apiName(cmd) + " due to missing parameter " + annotation.name());
                }
                continue;
            }
            try {
                validateField(paramObj, annotation);
                setFieldValue(field, cmd, paramObj, annotation);
            } catch (IllegalArgumentException e) {
                LOGGER.debug("Invalid value {} for parameter {} of {}", paramObj, annotation.name(), apiName(cmd));
                throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unable to execute API command " + apiName(cmd) + " due to invalid value " + paramObj
                    + " for parameter " + annotation.name());
            } catch (ParseException e) {
                throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unable to parse date " + paramObj + " for command " + apiName(cmd)
                    + ", please pass dates in the format mentioned in the api documentation");
            } catch (InvalidParameterValueException e) {
                throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "Unable to execute API command " + apiName(cmd) + " due to invalid value. " + e.getMessage());
            } catch (ServerApiException e) {
                throw e;
            } catch (CloudRuntimeException e) {
                LOGGER.error("Cannot set parameter {} of {}", annotation.name(), apiName(cmd), e);
                throw new ServerApiException(ApiErrorCode.INTERNAL_ERROR, "Internal error executing API command " + apiName(cmd));
            }
            collectAclEntities(cmd, field, annotation, entitiesToAccess);
        }
        doAccessChecks(cmd, entitiesToAccess);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void collectAclEntities(BaseCmd cmd, Field field, Parameter annotation, Map<Object, AccessType> entitiesToAccess) {
        ACL acl = field.getAnnotation(ACL.class);
        if (acl == null || annotation.entityType().length == 0) {
            return;
        }
        EntityReference ref = annotation.entityType()[0].getAnnotation(EntityReference.class);
        if (ref == null) {
            return;
        }
        Object value;
        try {
            value = field.get(cmd);
        } catch (IllegalAccessException e) {
            throw new CloudRuntimeException("Internal error initializing parameters for command " + cmd.getCommandName() + " [field " + field.getName()
                + " is not accessible]");
        }
        List<Long> ids = new ArrayList<>();
        if (annotation.type() == CommandType.LIST && (annotation.collectionType() == CommandType.UUID || annotation.collectionType() == CommandType.LONG)) {
            if (value != null) {
                ids.addAll((List<Long>)value);
            }
        } else if (annotation.type() == CommandType.UUID || annotation.type() == CommandType.LONG) {
            if (value != null) {
                ids.add((Long)value);
            }
        }
        for (Long id : ids) {
            for (Class entity : ref.value()) {
                Object found = entityManager.findById(entity, id);
                if (found != null) {
                    entitiesToAccess.put(found, acl.accessType());
                    break;
                }
            }
        }
    }

    private void doAccessChecks(BaseCmd cmd, Map<Object, AccessType> entitiesToAccess) {
        boolean create = cmd instanceof BaseAsyncCreateCmd;
        if (!create && entitiesToAccess.isEmpty()) {
            return;
        }
        Account caller = CallContext.current().getCallingAccount();
        Account owner = accountService.getAccount(cmd.getEntityOwnerId());
        if (owner != null) {
            // the caller must be able to act for the owner before touching the owner's entities
            accountService.checkAccess(caller, null, false, owner);
        }
        for (Map.Entry<Object, AccessType> entry : entitiesToAccess.entrySet()) {
            if (entry.getKey() instanceof ControlledEntity) {
                accountService.checkAccess(caller, entry.getValue(), true, (ControlledEntity)entry.getKey());
            }
        }
    }

    private static void validateField(Object paramObj, Parameter annotation) {
        for (ApiArgValidator validator : annotation.validations()) {
            if (validator == ApiArgValidator.NotNullOrEmpty && (annotation.type() == CommandType.UUID || annotation.type() == CommandType.STRING)) {
                if (paramObj == null || paramObj.toString().isEmpty()) {
                    throw new ServerApiException(ApiErrorCode.PARAM_ERROR, String.format("Empty or null value provided for API arg: %s", annotation.name()));
                }
            } else if (validator == ApiArgValidator.PositiveNumber
                && (annotation.type() == CommandType.SHORT || annotation.type() == CommandType.INTEGER || annotation.type() == CommandType.LONG)) {
                validateNaturalNumber(paramObj, annotation.name());
            } else if (validator == ApiArgValidator.UuidString && annotation.type() == CommandType.STRING) {
                if (!UUID_PATTERN.matcher(paramObj.toString()).matches()) {
                    throw new ServerApiException(ApiErrorCode.PARAM_ERROR, String.format("Invalid value provided for API arg: %s", annotation.name()));
                }
            }
        }
    }

    private static void validateNaturalNumber(Object param, String argName) {
        Long value = null;
        if (param instanceof Long) {
            value = (Long)param;
        } else if (param != null) {
            try {
                value = Long.valueOf(param.toString());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null || value < 1L) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, String.format("Invalid value provided for API arg: %s", argName));
        }
    }

    private static boolean isBlank(Object o) {
        return o == null || o.toString().trim().isEmpty();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void setFieldValue(Field field, BaseCmd cmd, Object paramObj, Parameter annotation) throws ParseException {
        try {
            field.setAccessible(true);
            switch (annotation.type()) {
                case BOOLEAN:
                    // CloudStack reads any text that is not "true" as false
                    field.set(cmd, Boolean.valueOf(paramObj.toString()));
                    break;
                case DATE:
                    field.set(cmd, parseDate(paramObj.toString()));
                    break;
                case FLOAT:
                    if (!isBlank(paramObj)) {
                        field.set(cmd, Float.valueOf(paramObj.toString()));
                    }
                    break;
                case DOUBLE:
                    if (!isBlank(paramObj)) {
                        field.set(cmd, Double.valueOf(paramObj.toString()));
                    }
                    break;
                case INTEGER:
                    if (!isBlank(paramObj)) {
                        field.set(cmd, Integer.valueOf(paramObj.toString()));
                    }
                    break;
                case LIST:
                    List list = new ArrayList();
                    StringTokenizer st = new StringTokenizer(paramObj.toString(), ",");
                    while (st.hasMoreTokens()) {
                        String token = st.nextToken();
                        switch (annotation.collectionType()) {
                            case INTEGER:
                                list.add(Integer.valueOf(token));
                                break;
                            case UUID:
                                if (!token.isEmpty()) {
                                    list.add(translateUuidToInternalId(token, annotation));
                                }
                                break;
                            case LONG:
                                list.add(Long.valueOf(token));
                                break;
                            case SHORT:
                                list.add(Short.valueOf(token));
                                break;
                            case STRING:
                                list.add(token);
                                break;
                            default:
                                break;
                        }
                    }
                    field.set(cmd, list);
                    break;
                case UUID:
                    field.set(cmd, translateUuidToInternalId(paramObj.toString(), annotation));
                    break;
                case LONG:
                    field.set(cmd, Long.valueOf(paramObj.toString()));
                    break;
                case SHORT:
                    field.set(cmd, Short.valueOf(paramObj.toString()));
                    break;
                case STRING:
                    if (paramObj.toString().length() > annotation.length()) {
                        throw new InvalidParameterValueException("Value greater than max allowed length " + annotation.length() + " for param: " + field.getName());
                    }
                    field.set(cmd, paramObj.toString());
                    break;
                case MAP:
                default:
                    field.set(cmd, paramObj);
                    break;
            }
        } catch (IllegalAccessException e) {
            throw new CloudRuntimeException("Internal error initializing parameters for command " + cmd.getCommandName() + " [field " + field.getName()
                + " is not accessible]");
        }
    }

    private static Date parseDate(String value) throws ParseException {
        SimpleDateFormat format = NEW_DATE_FORMAT.matcher(value).matches() ? new SimpleDateFormat("yyyy-MM-dd HH:mm:ss") : new SimpleDateFormat("yyyy-MM-dd");
        format.setLenient(false);
        return format.parse(value);
    }

    /**
     * UUID to internal id through the {@code @EntityReference} of the parameter's response class.
     * As in CloudStack: {@code -1} passes through; a parameter with a {@code since} must be a UUID (other
     * text leaves the field unset); one without may also be a plain number.
     */
    @SuppressWarnings("rawtypes")
    private Long translateUuidToInternalId(String uuid, Parameter annotation) {
        if ("-1".equals(uuid)) {
            return -1L;
        }
        boolean pre3x = annotation.since().isEmpty();
        boolean isUuid = UUID_PATTERN.matcher(uuid).matches();
        if (!pre3x && !isUuid) {
            return null;
        }
        EntityReference ref = annotation.entityType()[0].getAnnotation(EntityReference.class);
        Class[] entities = ref == null ? new Class[0] : ref.value();
        if (pre3x && !isUuid) {
            Long internalId;
            try {
                internalId = Long.parseLong(uuid);
            } catch (NumberFormatException e) {
                internalId = null;
            }
            if (internalId != null) {
                for (Class entity : entities) {
                    CallContext.current().putContextParameter(entity, internalId);
                }
                validateNaturalNumber(internalId, annotation.name());
                return internalId;
            }
        }
        Long internalId = null;
        for (Class entity : entities) {
            @SuppressWarnings("unchecked")
            Object vo = entityManager.findByUuidIncludingRemoved(entity, uuid);
            if (vo instanceof InternalIdentity) {
                internalId = ((InternalIdentity)vo).getId();
                CallContext.current().putContextParameter(entity, uuid);
                break;
            }
        }
        if (internalId == null) {
            throw new InvalidParameterValueException("Invalid parameter " + annotation.name() + " value=" + uuid
                + " due to incorrect long value format, or entity does not exist or due to incorrect parameter annotation for the field in api cmd class.");
        }
        validateNaturalNumber(internalId, annotation.name());
        return internalId;
    }
}
