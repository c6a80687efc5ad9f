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
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * A SAML identity provider; devcloud has none.
 */
public class IdpResponse extends BaseResponse {

    @SerializedName(ApiConstants.ID)
    @Param(description = "The IdP Entity ID")
    private String id;

    @SerializedName("orgName")
    @Param(description = "The IdP Organization Name")
    private String orgName;

    @SerializedName("orgUrl")
    @Param(description = "The IdP Organization URL")
    private String orgUrl;

    public IdpResponse() {
        setObjectName("idp");
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setOrgName(String orgName) {
        this.orgName = orgName;
    }

    public void setOrgUrl(String orgUrl) {
        this.orgUrl = orgUrl;
    }
}
