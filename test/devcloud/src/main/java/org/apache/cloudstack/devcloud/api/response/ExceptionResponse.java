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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.cloud.utils.exception.ExceptionProxyObject;
import com.google.gson.annotations.SerializedName;

/**
 * An API error: {@code {"uuidList":[],"errorcode":431,"cserrorcode":4350,"errortext":"…"}}.
 */
public class ExceptionResponse extends BaseResponse {

    @SerializedName("uuidList")
    @Param(description = "List of UUIDs associated with this error")
    private List<ExceptionProxyObject> idList = new ArrayList<>();

    @SerializedName("errorcode")
    @Param(description = "Numeric code associated with this error")
    private Integer errorCode;

    @SerializedName("cserrorcode")
    @Param(description = "Cloudstack exception error code associated with this error")
    private Integer csErrorCode;

    @SerializedName("errortext")
    @Param(description = "The text associated with this error")
    private String errorText = "Command failed due to Internal Server Error";

    @SerializedName("errortextkey")
    @Param(description = "the key for the text associated with this error")
    private String errorTextKey;

    @SerializedName("errormetadata")
    @Param(description = "the metadata associated with this error")
    private Map<String, String> errorMetadata;

    public ExceptionResponse() {
    }

    public ExceptionResponse(String responseName, int errorCode, String errorText) {
        setResponseName(responseName);
        this.errorCode = errorCode;
        this.errorText = errorText;
    }

    public Integer getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(Integer errorCode) {
        this.errorCode = errorCode;
    }

    public String getErrorText() {
        return errorText;
    }

    public void setErrorText(String errorText) {
        this.errorText = errorText;
    }

    public Integer getCsErrorCode() {
        return csErrorCode;
    }

    public void setCSErrorCode(Integer csErrorCode) {
        this.csErrorCode = csErrorCode;
    }

    public void addProxyObject(ExceptionProxyObject id) {
        idList.add(id);
    }

    public List<ExceptionProxyObject> getIdProxyList() {
        return idList;
    }
}
