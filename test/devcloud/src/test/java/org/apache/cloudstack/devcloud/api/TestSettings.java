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
package org.apache.cloudstack.devcloud.api;

import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;

/** A Configurable bean as a plugin declares one: its keys get their rows when the context starts. */
public class TestSettings implements Configurable {
    public static final String CATEGORY = "DevCloudTest";

    static final ConfigKey<Integer> Dynamic = new ConfigKey<>(CATEGORY, Integer.class, "devcloud.test.dynamic", "5",
        "A dynamic number: a change is read at the next value()", true);
    static final ConfigKey<Boolean> Flag = new ConfigKey<>(CATEGORY, Boolean.class, "devcloud.test.flag", "false",
        "A setting read once (a restart applies a change)", false);
    static final ConfigKey<String> Token = new ConfigKey<>("Secure", String.class, "devcloud.test.token", "s3cr3t-token",
        "A secret setting, kept encrypted", true);
    static final ConfigKey<String> Internal = new ConfigKey<>("Hidden", String.class, "devcloud.test.internal", "not-for-lists",
        "A hidden setting, never listed", true);

    @Override
    public String getConfigComponentName() {
        return "DevCloudTestSettings";
    }

    @Override
    public ConfigKey<?>[] getConfigKeys() {
        return new ConfigKey<?>[] {Dynamic, Flag, Token, Internal};
    }
}
