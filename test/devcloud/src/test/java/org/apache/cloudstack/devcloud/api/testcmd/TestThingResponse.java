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
package org.apache.cloudstack.devcloud.api.testcmd;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** What the test commands answer: the parsed parameter values, as the command saw them. */
public class TestThingResponse extends BaseResponse {

    @SerializedName("id")
    @Param(description = "the id")
    public String id;

    @SerializedName("name")
    @Param(description = "the name")
    public String name;

    @SerializedName("flag")
    @Param(description = "a boolean")
    public Boolean flag;

    @SerializedName("number")
    @Param(description = "an integer")
    public Integer number;

    @SerializedName("big")
    @Param(description = "a long")
    public Long big;

    @SerializedName("small")
    @Param(description = "a short")
    public Short small;

    @SerializedName("ratio")
    @Param(description = "a float")
    public Float ratio;

    @SerializedName("precise")
    @Param(description = "a double")
    public Double precise;

    @SerializedName("day")
    @Param(description = "a date")
    public Date day;

    @SerializedName("domaininternalid")
    @Param(description = "the internal id the domain UUID was translated to")
    public Long domainInternalId;

    @SerializedName("legacydomaininternalid")
    @Param(description = "the internal id of the legacy domain parameter")
    public Long legacyDomainInternalId;

    @SerializedName("words")
    @Param(description = "a list of strings")
    public List<String> words;

    @SerializedName("domaininternalids")
    @Param(description = "a list of UUIDs, translated")
    public List<Long> domainInternalIds;

    @SerializedName("details")
    @Param(description = "a map")
    public Map<String, String> details;

    @SerializedName("secret")
    @Param(description = "only the root admin sees this", authorized = {org.apache.cloudstack.acl.RoleType.Admin})
    public String secret;

    public TestThingResponse() {
        setObjectName("testthing");
    }

    @Override
    public String getObjectId() {
        return id;
    }
}
