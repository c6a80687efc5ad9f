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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cloud.utils.net.NetUtils;

/**
 * One ingress firewall rule of a public IP as the router applies it: what CloudStack's SetFirewallRulesCommand
 * carries per rule (protocol, port range or ICMP type/code, source CIDRs). Every field is checked here, before it
 * reaches an iptables-restore input.
 */
public final class IngressRule {
    private final String protocol;
    private final Integer startPort;
    private final Integer endPort;
    private final Integer icmpType;
    private final Integer icmpCode;
    private final List<String> sourceCidrs;

    public IngressRule(String protocol, Integer startPort, Integer endPort, Integer icmpType, Integer icmpCode, List<String> sourceCidrs) {
        String p = protocol == null ? "" : protocol.toLowerCase(Locale.ROOT);
        if (!p.matches("tcp|udp|icmp|all|[0-9]{1,3}")) {
            throw new IllegalArgumentException("Invalid firewall rule protocol: " + protocol);
        }
        if (startPort != null && !NetUtils.isValidPort(startPort) || endPort != null && !NetUtils.isValidPort(endPort)
            || startPort != null && endPort != null && startPort > endPort) {
            throw new IllegalArgumentException("Invalid firewall rule port range: " + startPort + "-" + endPort);
        }
        if (icmpType != null && (icmpType < -1 || icmpType > 255) || icmpCode != null && (icmpCode < -1 || icmpCode > 255)) {
            throw new IllegalArgumentException("Invalid firewall rule ICMP type/code: " + icmpType + "/" + icmpCode);
        }
        List<String> cidrs = new ArrayList<>();
        for (String cidr : sourceCidrs == null || sourceCidrs.isEmpty() ? List.of(NetUtils.ALL_IP4_CIDRS) : sourceCidrs) {
            if (!NetUtils.isValidIp4Cidr(cidr)) {
                throw new IllegalArgumentException("Invalid firewall rule source CIDR: " + cidr);
            }
            cidrs.add(cidr);
        }
        this.protocol = p;
        this.startPort = startPort;
        this.endPort = endPort == null ? startPort : endPort;
        this.icmpType = icmpType;
        this.icmpCode = icmpCode;
        this.sourceCidrs = List.copyOf(cidrs);
    }

    /**
     * The rule's lines in the mangle FIREWALL_&lt;ip&gt; chain, as the VR's CsAcl writes an ingress rule: accept the
     * matching traffic from each source CIDR (the chain ends in DROP).
     */
    List<String> chainRules(String chain) {
        List<String> lines = new ArrayList<>();
        for (String cidr : sourceCidrs) {
            StringBuilder sb = new StringBuilder("-A ").append(chain).append(" -s ").append(cidr);
            if ("icmp".equals(protocol)) {
                String type = icmpType == null || icmpType == -1 ? "any" : icmpCode == null || icmpCode == -1 ? icmpType.toString() : icmpType + "/" + icmpCode;
                sb.append(" -p icmp -m icmp --icmp-type ").append(type);
            } else if (!"all".equals(protocol)) {
                sb.append(" -p ").append(protocol);
                if (startPort != null && ("tcp".equals(protocol) || "udp".equals(protocol))) {
                    sb.append(" -m ").append(protocol).append(" --dport ").append(startPort.equals(endPort) ? startPort.toString() : startPort + ":" + endPort);
                }
            }
            lines.add(sb.append(" -j ACCEPT").toString());
        }
        return lines;
    }

    @Override
    public String toString() {
        return protocol + (startPort == null ? "" : " " + startPort + "-" + endPort) + " from " + sourceCidrs;
    }
}
