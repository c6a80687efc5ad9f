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

import java.util.Date;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.response.UserResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * A user as listUsers shows it, with the role fields the UI reads right after login.
 */
public class UserDetailsResponse extends UserResponse {

    @SerializedName(ApiConstants.ID)
    @Param(description = "the user ID")
    private String id;

    @SerializedName(ApiConstants.USERNAME)
    @Param(description = "the user name")
    private String username;

    @SerializedName("firstname")
    @Param(description = "the user firstname")
    private String firstname;

    @SerializedName("lastname")
    @Param(description = "the user lastname")
    private String lastname;

    @SerializedName("email")
    @Param(description = "the user email address")
    private String email;

    @SerializedName(ApiConstants.CREATED)
    @Param(description = "the date and time the user account was created")
    private Date created;

    @SerializedName(ApiConstants.STATE)
    @Param(description = "the user state")
    private String state;

    @SerializedName(ApiConstants.ACCOUNT)
    @Param(description = "the account name of the user")
    private String accountName;

    @SerializedName("accounttype")
    @Param(description = "the account type of the user")
    private Integer accountType;

    @SerializedName("usersource")
    @Param(description = "the source type of the user in lowercase, such as native, ldap, saml2")
    private String userSource;

    @SerializedName("roleid")
    @Param(description = "the ID of the role")
    private String roleId;

    @SerializedName("roletype")
    @Param(description = "the type of the role")
    private String roleType;

    @SerializedName("rolename")
    @Param(description = "the name of the role")
    private String roleName;

    @SerializedName(ApiConstants.DOMAIN_ID)
    @Param(description = "the domain ID of the user")
    private String domainId;

    @SerializedName(ApiConstants.DOMAIN)
    @Param(description = "the domain name of the user")
    private String domainName;

    @SerializedName(ApiConstants.DOMAIN_PATH)
    @Param(description = "path of the domain to which the user belongs")
    private String domainPath;

    @SerializedName("timezone")
    @Param(description = "the timezone user was created in")
    private String timezone;

    @SerializedName(ApiConstants.ACCOUNT_ID)
    @Param(description = "the account ID of the user")
    private String accountId;

    @SerializedName("iscallerchilddomain")
    @Param(description = "the boolean value representing if the updating target is in caller's child domain")
    private boolean isCallerChildDomain;

    @SerializedName("isdefault")
    @Param(description = "true if user is default, false otherwise")
    private Boolean isDefault;

    @SerializedName("is2faenabled")
    @Param(description = "true if user has two factor authentication enabled")
    private Boolean is2FAenabled;

    public UserDetailsResponse() {
        setObjectName("user");
    }

    @Override
    public String getObjectId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public void setFirstname(String firstname) {
        this.firstname = firstname;
    }

    public void setLastname(String lastname) {
        this.lastname = lastname;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setCreated(Date created) {
        this.created = created;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public void setAccountType(Integer accountType) {
        this.accountType = accountType;
    }

    public void setUserSource(String userSource) {
        this.userSource = userSource;
    }

    public void setRoleId(String roleId) {
        this.roleId = roleId;
    }

    public void setRoleType(String roleType) {
        this.roleType = roleType;
    }

    public void setRoleName(String roleName) {
        this.roleName = roleName;
    }

    public void setDomainId(String domainId) {
        this.domainId = domainId;
    }

    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    public void setDomainPath(String domainPath) {
        this.domainPath = domainPath;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public void setIsCallerChildDomain(boolean isCallerChildDomain) {
        this.isCallerChildDomain = isCallerChildDomain;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    public void set2FAenabled(Boolean is2FAenabled) {
        this.is2FAenabled = is2FAenabled;
    }
}
