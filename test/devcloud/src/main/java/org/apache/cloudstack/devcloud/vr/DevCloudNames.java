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
package org.apache.cloudstack.devcloud.vr;

/**
 * Names of everything devcloud creates on the host, all derived from the instance prefix so that several
 * devclouds (and test runs) live side by side and a crashed run's leftovers are found by prefix alone.
 * The prefix has no '-', so "dc-" never matches another instance's "dc2-".
 */
public class DevCloudNames {
    private final String prefix;

    public DevCloudNames(String prefix) {
        this.prefix = prefix;
    }

    public String getPrefix() {
        return prefix;
    }

    /** Every namespace of this instance starts with this. */
    public String namespacePrefix() {
        return prefix + "-";
    }

    public String publicNetns() {
        return prefix + "-pub";
    }

    public String publicBridge() {
        return prefix + "-pubbr";
    }

    public String routerNetns(long routerId) {
        return prefix + "-r-" + routerId;
    }

    public String guestVmNetns(long vmId) {
        return prefix + "-vm-" + vmId;
    }

    /** The public-segment end of a router's eth2 (lives in the public namespace, so it only has to be unique there). */
    public String publicVeth(long routerId) {
        return prefix + "-p" + routerId;
    }
}
