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
package org.apache.cloudstack.devcloud.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of devcloud.json (DESIGN.md §6), key for key: api_url, ui_url, accounts[], networks[], public.
 * Kept as ordered maps so the file reads in the contract's order.
 */
public class DevCloudState {
    private final String apiUrl;
    private final String uiUrl;
    private final List<Map<String, Object>> accounts = new ArrayList<>();
    private final List<Map<String, Object>> networks = new ArrayList<>();
    private Map<String, Object> publicSegment = new LinkedHashMap<>();

    public DevCloudState(String apiUrl, String uiUrl) {
        this.apiUrl = apiUrl;
        this.uiUrl = uiUrl;
    }

    public void addAccount(String name, String role, String domain, String domainId, String username, String password, String apiKey, String secretKey) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("role", role);
        a.put("domain", domain);
        a.put("domainid", domainId);
        a.put("username", username);
        a.put("password", password);
        a.put("api_key", apiKey);
        a.put("secret_key", secretKey);
        accounts.add(a);
    }

    public void addNetwork(String id, String name, String account, String cidr, String gateway, String routerNetns, String guestVmNetns, String guestVmIp,
        String publicIpId, String publicIpAddress, String fileUrl, long fileSize, String fileSha256) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", id);
        n.put("name", name);
        n.put("account", account);
        n.put("cidr", cidr);
        n.put("gateway", gateway);
        n.put("router_netns", routerNetns);
        n.put("guest_vm_netns", guestVmNetns);
        n.put("guest_vm_ip", guestVmIp);
        Map<String, Object> ip = new LinkedHashMap<>();
        ip.put("id", publicIpId);
        ip.put("address", publicIpAddress);
        n.put("public_ip", ip);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("url", fileUrl);
        file.put("size", fileSize);
        file.put("sha256", fileSha256);
        n.put("guest_vm_file", file);
        networks.add(n);
    }

    public void setPublic(String cidr, String bridge, String netns, String freeRange) {
        publicSegment = new LinkedHashMap<>();
        publicSegment.put("cidr", cidr);
        publicSegment.put("bridge", bridge);
        publicSegment.put("netns", netns);
        publicSegment.put("free_range", freeRange);
    }

    public List<Map<String, Object>> getAccounts() {
        return accounts;
    }

    public List<Map<String, Object>> getNetworks() {
        return networks;
    }

    public Map<String, Object> getPublic() {
        return publicSegment;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public String getUiUrl() {
        return uiUrl;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("api_url", apiUrl);
        m.put("ui_url", uiUrl);
        m.put("accounts", accounts);
        m.put("networks", networks);
        m.put("public", publicSegment);
        return m;
    }
}
