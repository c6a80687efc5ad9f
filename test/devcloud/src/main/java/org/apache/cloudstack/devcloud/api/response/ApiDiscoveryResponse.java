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

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * One API as listApis describes it (CloudStack's api-discovery plugin shape).
 */
public class ApiDiscoveryResponse extends BaseResponse {

    @SerializedName(ApiConstants.NAME)
    @Param(description = "the name of the api command")
    private String name;

    @SerializedName(ApiConstants.DESCRIPTION)
    @Param(description = "description of the api")
    private String description;

    @SerializedName("since")
    @Param(description = "version of CloudStack the api was introduced in")
    private String since;

    @SerializedName("isasync")
    @Param(description = "true if api is asynchronous")
    private Boolean isAsync = false;

    @SerializedName("related")
    @Param(description = "comma separated related apis")
    private String related;

    @SerializedName("params")
    @Param(description = "the list params the api accepts", responseObject = ApiParameterResponse.class)
    private Set<ApiParameterResponse> params = new LinkedHashSet<>();

    @SerializedName("response")
    @Param(description = "api response fields", responseObject = ApiResponseResponse.class)
    private Set<ApiResponseResponse> apiResponse = new LinkedHashSet<>();

    public ApiDiscoveryResponse() {
        setObjectName("api");
    }

    /**
     * A copy whose parameter set can be filtered for one caller without touching the cached one.
     */
    public ApiDiscoveryResponse(ApiDiscoveryResponse other) {
        this();
        name = other.name;
        description = other.description;
        since = other.since;
        isAsync = other.isAsync;
        related = other.related;
        params = new LinkedHashSet<>(other.params);
        apiResponse = new LinkedHashSet<>(other.apiResponse);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescription() {
        return description;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public void setAsync(boolean isAsync) {
        this.isAsync = isAsync;
    }

    public boolean isAsync() {
        return isAsync;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public Set<ApiParameterResponse> getParams() {
        return params;
    }

    public void addParam(ApiParameterResponse param) {
        params.add(param);
    }

    public void addApiResponse(ApiResponseResponse response) {
        apiResponse.add(response);
    }

    public Set<ApiResponseResponse> getApiResponse() {
        return apiResponse;
    }
}
