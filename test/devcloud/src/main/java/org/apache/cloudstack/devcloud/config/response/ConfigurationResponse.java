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
package org.apache.cloudstack.devcloud.config.response;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** A global setting as listConfigurations and updateConfiguration show it (CloudStack's ConfigurationResponse). */
public class ConfigurationResponse extends BaseResponse {

    @SerializedName("category")
    @Param(description = "the category of the configuration")
    private String category;

    @SerializedName(ApiConstants.NAME)
    @Param(description = "the name of the configuration")
    private String name;

    @SerializedName("value")
    @Param(description = "the value of the configuration")
    private String value;

    @SerializedName("defaultvalue")
    @Param(description = "the default value of the configuration", since = "4.18.0")
    private String defaultValue;

    @SerializedName("scope")
    @Param(description = "scope(zone/cluster/pool/account) of the parameter that needs to be updated")
    private String scope;

    @SerializedName("description")
    @Param(description = "the description of the configuration")
    private String description;

    @SerializedName("isdynamic")
    @Param(description = "true if the configuration is dynamic")
    private boolean isDynamic;

    @SerializedName("component")
    @Param(description = "the component of the configuration", since = "4.18.0")
    private String component;

    @SerializedName("parent")
    @Param(description = "the name of the parent configuration", since = "4.18.0")
    private String parent;

    @SerializedName("displaytext")
    @Param(description = "the display text of the configuration", since = "4.18.0")
    private String displayText;

    @SerializedName("type")
    @Param(description = "the type of the configuration value", since = "4.18.0")
    private String type;

    @SerializedName("options")
    @Param(description = "the possible options of the configuration value", since = "4.18.0")
    private String options;

    public ConfigurationResponse() {
        setObjectName("configuration");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public void setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setIsDynamic(boolean isDynamic) {
        this.isDynamic = isDynamic;
    }

    public void setComponent(String component) {
        this.component = component;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public void setDisplayText(String displayText) {
        this.displayText = displayText;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
