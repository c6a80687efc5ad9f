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
package org.apache.cloudstack.devcloud.api.response;

import org.apache.cloudstack.api.ApiConstants;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

public class LoginCmdResponse extends AuthenticationCmdResponse {

    @SerializedName(ApiConstants.USERNAME)
    @Param(description = "Username")
    private String username;

    @SerializedName("userid")
    @Param(description = "User ID")
    private String userId;

    @SerializedName(ApiConstants.DOMAIN_ID)
    @Param(description = "Domain ID that the user belongs to")
    private String domainId;

    @SerializedName("timeout")
    @Param(description = "the time period before the session has expired")
    private Integer timeout;

    @SerializedName(ApiConstants.ACCOUNT)
    @Param(description = "the account name the user belongs to")
    private String account;

    @SerializedName("firstname")
    @Param(description = "first name of the user")
    private String firstName;

    @SerializedName("lastname")
    @Param(description = "last name of the user")
    private String lastName;

    @SerializedName(ApiConstants.TYPE)
    @Param(description = "the account type (admin, domain-admin, read-only-admin, user)")
    private String type;

    @SerializedName("timezone")
    @Param(description = "user time zone")
    private String timeZone;

    @SerializedName("timezoneoffset")
    @Param(description = "user time zoneoffset")
    private String timeZoneOffset;

    @SerializedName("registered")
    @Param(description = "Is user registered")
    private String registered;

    @SerializedName("sessionkey")
    @Param(description = "Session key that can be passed in subsequent Query command calls", isSensitive = true)
    private String sessionKey;

    @SerializedName("is2faenabled")
    @Param(description = "Is two factor authentication enabled")
    private String is2FAenabled;

    @SerializedName("is2faverified")
    @Param(description = "Is two factor authentication verified")
    private String is2FAverified;

    @SerializedName("issuerfor2fa")
    @Param(description = "Two factor authentication issuer")
    private String issuerFor2FA;

    @SerializedName("managementserverid")
    @Param(description = "Management Server ID that the user logged to")
    private String managementServerId;

    public void setUsername(String username) {
        this.username = username;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public void setDomainId(String domainId) {
        this.domainId = domainId;
    }

    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public void setTimeZoneOffset(String timeZoneOffset) {
        this.timeZoneOffset = timeZoneOffset;
    }

    public void setRegistered(String registered) {
        this.registered = registered;
    }

    public void setSessionKey(String sessionKey) {
        this.sessionKey = sessionKey;
    }

    public String getSessionKey() {
        return sessionKey;
    }

    public void set2FAenabled(String is2FAenabled) {
        this.is2FAenabled = is2FAenabled;
    }

    public void set2FAverified(String is2FAverified) {
        this.is2FAverified = is2FAverified;
    }

    public void setIssuerFor2FA(String issuerFor2FA) {
        this.issuerFor2FA = issuerFor2FA;
    }

    public void setManagementServerId(String managementServerId) {
        this.managementServerId = managementServerId;
    }
}
