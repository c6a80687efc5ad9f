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
package org.apache.cloudstack.devcloud.network.api.response;

import org.apache.cloudstack.api.response.VpcResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * A VPC as listVPCs would show it (object name vpc). devcloud models no VPCs, so listVPCs always answers an empty
 * list; the fields here are what listApis documents.
 */
public class VpcDetailsResponse extends VpcResponse {
    @SerializedName("id")
    @Param(description = "the id of the VPC")
    private String id;

    @SerializedName("name")
    @Param(description = "the name of the VPC")
    private String name;

    @SerializedName("cidr")
    @Param(description = "the cidr the VPC")
    private String cidr;

    @SerializedName("state")
    @Param(description = "state of the VPC. Can be Inactive/Enabled")
    private String state;

    @SerializedName("zoneid")
    @Param(description = "zone id of the vpc")
    private String zoneId;

    @SerializedName("account")
    @Param(description = "the owner of the VPC")
    private String accountName;

    @SerializedName("domainid")
    @Param(description = "the domain id of the VPC owner")
    private String domainId;

    @SerializedName("restartrequired")
    @Param(description = "true VPC requires restart")
    private Boolean restartRequired;

    public VpcDetailsResponse() {
        setObjectName("vpc");
    }

    @Override
    public String getObjectId() {
        return id;
    }
}
