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

import java.util.HashMap;
import java.util.Map;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.ServerApiException;

import com.cloud.exception.CloudException;
import com.cloud.exception.InsufficientCapacityException;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.exception.ResourceAllocationException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.exception.ExceptionProxyObject;

/**
 * Exception to API error, as ApiServer.handleRequest maps them, with CloudStack's
 * CSExceptionErrorCode numbers ({@code cserrorcode}).
 */
public final class ApiErrors {

    public static final int CS_SERVER_API_EXCEPTION = 9999;

    private static final Map<String, Integer> CS_ERROR_CODES = new HashMap<>();

    static {
        CS_ERROR_CODES.put("com.cloud.utils.exception.CloudRuntimeException", 4250);
        CS_ERROR_CODES.put("com.cloud.utils.exception.ExecutionException", 4260);
        CS_ERROR_CODES.put("com.cloud.exception.CloudException", 4275);
        CS_ERROR_CODES.put("com.cloud.exception.AccountLimitException", 4280);
        CS_ERROR_CODES.put("com.cloud.exception.AgentUnavailableException", 4285);
        CS_ERROR_CODES.put("com.cloud.exception.CloudAuthenticationException", 4290);
        CS_ERROR_CODES.put("com.cloud.exception.ConcurrentOperationException", 4300);
        CS_ERROR_CODES.put("com.cloud.exception.InsufficientAddressCapacityException", 4320);
        CS_ERROR_CODES.put("com.cloud.exception.InsufficientCapacityException", 4325);
        CS_ERROR_CODES.put("com.cloud.exception.InsufficientNetworkCapacityException", 4330);
        CS_ERROR_CODES.put("com.cloud.exception.InsufficientVirtualNetworkCapacityException", 4331);
        CS_ERROR_CODES.put("com.cloud.exception.InsufficientServerCapacityException", 4335);
        CS_ERROR_CODES.put("com.cloud.exception.InternalErrorException", 4345);
        CS_ERROR_CODES.put("com.cloud.exception.InvalidParameterValueException", 4350);
        CS_ERROR_CODES.put("com.cloud.exception.ManagementServerException", 4355);
        CS_ERROR_CODES.put("com.cloud.exception.NetworkRuleConflictException", 4360);
        CS_ERROR_CODES.put("com.cloud.exception.PermissionDeniedException", 4365);
        CS_ERROR_CODES.put("com.cloud.exception.ResourceAllocationException", 4370);
        CS_ERROR_CODES.put("com.cloud.exception.ResourceInUseException", 4375);
        CS_ERROR_CODES.put("com.cloud.exception.ResourceUnavailableException", 4380);
        CS_ERROR_CODES.put("com.cloud.exception.UnavailableCommandException", 4555);
        CS_ERROR_CODES.put("com.cloud.exception.OperationTimedoutException", 4560);
        CS_ERROR_CODES.put("org.apache.cloudstack.api.ServerApiException", CS_SERVER_API_EXCEPTION);
    }

    private ApiErrors() {
    }

    /**
     * CloudStack sets the code from the exception's own class name in the constructor, so a subclass
     * not in the table gets -1; exceptions outside CloudStack's hierarchy carry none (0).
     */
    public static int csErrorCode(Throwable t) {
        if (t instanceof CloudRuntimeException && ((CloudRuntimeException)t).getCSErrorCode() != 0) {
            return ((CloudRuntimeException)t).getCSErrorCode();
        }
        if (t instanceof CloudException && ((CloudException)t).getCSErrorCode() != 0) {
            return ((CloudException)t).getCSErrorCode();
        }
        if (t instanceof CloudRuntimeException || t instanceof CloudException) {
            return CS_ERROR_CODES.getOrDefault(t.getClass().getName(), -1);
        }
        return 0;
    }

    /**
     * Maps whatever a command threw to the ServerApiException the servlet answers with.
     *
     * @param callerIsRootAdmin non-root callers see a generic text for internal, capacity and
     *        unavailability errors, so internal details do not leak
     */
    public static ServerApiException toServerApiException(Throwable t, boolean callerIsRootAdmin) {
        if (t instanceof ServerApiException) {
            ServerApiException e = (ServerApiException)t;
            if (e.getErrorCode() == null) {
                e.setErrorCode(ApiErrorCode.INTERNAL_ERROR);
            }
            return e;
        }
        ApiErrorCode code;
        String text = t.getMessage();
        if (t instanceof InvalidParameterValueException || t instanceof IllegalArgumentException) {
            code = ApiErrorCode.PARAM_ERROR;
        } else if (t instanceof PermissionDeniedException) {
            code = ApiErrorCode.ACCOUNT_ERROR;
        } else if (t instanceof InsufficientCapacityException) {
            code = ApiErrorCode.INSUFFICIENT_CAPACITY_ERROR;
        } else if (t instanceof ResourceAllocationException) {
            code = ApiErrorCode.RESOURCE_ALLOCATION_ERROR;
        } else if (t instanceof ResourceUnavailableException) {
            code = ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR;
        } else if (t instanceof NetworkRuleConflictException) {
            code = ApiErrorCode.NETWORK_RULE_CONFLICT_ERROR;
        } else {
            code = ApiErrorCode.INTERNAL_ERROR;
        }
        boolean hidden = code == ApiErrorCode.INTERNAL_ERROR || code == ApiErrorCode.INSUFFICIENT_CAPACITY_ERROR
            || code == ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR;
        if (hidden && !callerIsRootAdmin) {
            text = BaseCmd.USER_ERROR_MESSAGE;
        }
        ServerApiException e = new ServerApiException(code, text, t);
        e.setCSErrorCode(csErrorCode(t));
        if (t instanceof CloudRuntimeException) {
            for (ExceptionProxyObject proxy : ((CloudRuntimeException)t).getIdProxyList()) {
                if (!e.getIdProxyList().contains(proxy)) {
                    e.addProxyObject(proxy);
                }
            }
        }
        return e;
    }
}
