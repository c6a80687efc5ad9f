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
import java.util.List;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.response.AccountResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * An account as listAccounts shows it, with its users.
 */
public class AccountDetailsResponse extends AccountResponse {

    @SerializedName(ApiConstants.ID)
    @Param(description = "the id of the account")
    private String id;

    @SerializedName(ApiConstants.NAME)
    @Param(description = "the name of the account")
    private String name;

    @SerializedName("accounttype")
    @Param(description = "account type (admin, domain-admin, user)")
    private Integer accountType;

    @SerializedName("roleid")
    @Param(description = "the ID of the role")
    private String roleId;

    @SerializedName("roletype")
    @Param(description = "the type of the role (Admin, ResourceAdmin, DomainAdmin, User)")
    private String roleType;

    @SerializedName("rolename")
    @Param(description = "the name of the role")
    private String roleName;

    @SerializedName(ApiConstants.DOMAIN_ID)
    @Param(description = "id of the Domain the account belongs to")
    private String domainId;

    @SerializedName(ApiConstants.DOMAIN)
    @Param(description = "name of the Domain the account belongs to")
    private String domainName;

    @SerializedName(ApiConstants.DOMAIN_PATH)
    @Param(description = "path of the Domain the account belongs to")
    private String domainPath;

    @SerializedName(ApiConstants.STATE)
    @Param(description = "the state of the account")
    private String state;

    @SerializedName(ApiConstants.CREATED)
    @Param(description = "the date when this account was created")
    private Date created;

    @SerializedName("networkdomain")
    @Param(description = "the network domain")
    private String networkDomain;

    @SerializedName("isdefault")
    @Param(description = "true if account is default, false otherwise")
    private Boolean isDefault;

    @SerializedName("user")
    @Param(description = "the list of users associated with account", responseObject = UserDetailsResponse.class)
    private List<UserDetailsResponse> users;

    public AccountDetailsResponse() {
        setObjectName("account");
    }

    @Override
    public String getObjectId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setAccountType(Integer accountType) {
        this.accountType = accountType;
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

    public void setState(String state) {
        this.state = state;
    }

    public void setCreated(Date created) {
        this.created = created;
    }

    public void setNetworkDomain(String networkDomain) {
        this.networkDomain = networkDomain;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    public void setUsers(List<UserDetailsResponse> users) {
        this.users = users;
    }
}
