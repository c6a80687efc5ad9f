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
package org.apache.cloudstack.devcloud.network;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One source CIDR of a rule (CloudStack's `firewall_rules_cidrs`). */
@Entity
@Table(name = "firewall_rules_cidrs")
public class FirewallRulesCidrsVO {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "firewall_rule_id")
    private long firewallRuleId;

    @Column(name = "source_cidr")
    private String sourceCidr;

    protected FirewallRulesCidrsVO() {
    }

    public FirewallRulesCidrsVO(long firewallRuleId, String sourceCidr) {
        this.firewallRuleId = firewallRuleId;
        this.sourceCidr = sourceCidr;
    }

    public long getId() {
        return id;
    }

    public long getFirewallRuleId() {
        return firewallRuleId;
    }

    public String getSourceCidr() {
        return sourceCidr;
    }
}
