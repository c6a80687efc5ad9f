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

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** A capability of a network service (CloudStack's CapabilityResponse). */
public class CapabilityResponse extends BaseResponse {
    @SerializedName("name")
    @Param(description = "the capability name")
    private String name;

    @SerializedName("value")
    @Param(description = "the capability value")
    private String value;

    @SerializedName("canchooseservicecapability")
    @Param(description = "can this service capability value can be choosable while creatine network offerings")
    private Boolean canChoose;

    public CapabilityResponse() {
        setObjectName("capability");
    }

    public CapabilityResponse(String name, String value) {
        this();
        this.name = name;
        this.value = value;
        this.canChoose = false;
    }
}
