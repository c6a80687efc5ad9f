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
package org.apache.cloudstack.api.command.user.vpn;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.exception.ResourceUnavailableException;

/**
 * Maps the exceptions of an async command's job to the API error codes a synchronous call would get.
 * CloudStack's async job dispatcher reports any exception that is not a ServerApiException as 530, so
 * without this a refusal inside a job (bad input 431, another account's object 531) or a router
 * failure (534) would all look like internal errors.
 */
final class WgCommandErrors {

    private WgCommandErrors() {
    }

    interface JobBody {
        void run() throws ResourceUnavailableException;
    }

    static void run(JobBody body) {
        try {
            body.run();
        } catch (InvalidParameterValueException e) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, e.getMessage(), e);
        } catch (PermissionDeniedException e) {
            throw new ServerApiException(ApiErrorCode.ACCOUNT_ERROR, e.getMessage(), e);
        } catch (ResourceUnavailableException e) {
            throw new ServerApiException(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR, e.getMessage(), e);
        }
    }
}
