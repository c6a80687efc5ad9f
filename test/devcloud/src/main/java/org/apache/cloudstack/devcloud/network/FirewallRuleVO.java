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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Transient;

import com.cloud.network.rules.FirewallRule;
import com.cloud.utils.db.GenericDao;

/**
 * A network rule on a public IP (CloudStack's `firewall_rules`): port forwarding, load balancing, VPN port
 * reservations and ingress firewall rules share the table and differ by purpose. Source CIDRs live in
 * `firewall_rules_cidrs` and are loaded by the DAO.
 */
@Entity
@Table(name = "firewall_rules")
public class FirewallRuleVO implements FirewallRule {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "xid")
    private String xid;

    @Column(name = "ip_address_id")
    private Long sourceIpAddressId;

    @Column(name = "start_port")
    private Integer sourcePortStart;

    @Column(name = "end_port")
    private Integer sourcePortEnd;

    @Column(name = "state")
    @Enumerated(value = EnumType.STRING)
    private State state = State.Staged;

    @Column(name = "protocol")
    private String protocol;

    @Column(name = "purpose")
    @Enumerated(value = EnumType.STRING)
    private Purpose purpose;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "domain_id")
    private long domainId;

    @Column(name = "network_id")
    private long networkId;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date created;

    @Column(name = "icmp_code")
    private Integer icmpCode;

    @Column(name = "icmp_type")
    private Integer icmpType;

    @Column(name = "related")
    private Long related;

    @Column(name = "type")
    @Enumerated(value = EnumType.STRING)
    private FirewallRuleType type = FirewallRuleType.User;

    @Column(name = "traffic_type")
    @Enumerated(value = EnumType.STRING)
    private TrafficType trafficType;

    @Column(name = "display")
    private boolean display = true;

    @Transient
    private List<String> sourceCidrs;

    protected FirewallRuleVO() {
        uuid = UUID.randomUUID().toString();
        xid = UUID.randomUUID().toString();
    }

    public FirewallRuleVO(Long ipAddressId, Integer portStart, Integer portEnd, String protocol, long networkId, long accountId, long domainId,
        Purpose purpose, List<String> sourceCidrs, Integer icmpCode, Integer icmpType, Long related, TrafficType trafficType) {
        this();
        this.sourceIpAddressId = ipAddressId;
        this.sourcePortStart = portStart;
        this.sourcePortEnd = portEnd;
        this.protocol = protocol == null ? null : protocol.toLowerCase();
        this.networkId = networkId;
        this.accountId = accountId;
        this.domainId = domainId;
        this.purpose = purpose;
        this.sourceCidrs = sourceCidrs == null ? null : new ArrayList<>(sourceCidrs);
        this.icmpCode = icmpCode;
        this.icmpType = icmpType;
        this.related = related;
        this.trafficType = trafficType;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getUuid() {
        return uuid;
    }

    @Override
    public String getXid() {
        return xid;
    }

    @Override
    public Integer getSourcePortStart() {
        return sourcePortStart;
    }

    @Override
    public Integer getSourcePortEnd() {
        return sourcePortEnd;
    }

    @Override
    public String getProtocol() {
        return protocol;
    }

    @Override
    public Purpose getPurpose() {
        return purpose;
    }

    @Override
    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    @Override
    public long getNetworkId() {
        return networkId;
    }

    @Override
    public Long getSourceIpAddressId() {
        return sourceIpAddressId;
    }

    @Override
    public Integer getIcmpCode() {
        return icmpCode;
    }

    @Override
    public Integer getIcmpType() {
        return icmpType;
    }

    @Override
    public List<String> getSourceCidrList() {
        return sourceCidrs;
    }

    public void setSourceCidrList(List<String> sourceCidrs) {
        this.sourceCidrs = sourceCidrs;
    }

    @Override
    public List<String> getDestinationCidrList() {
        return null;
    }

    @Override
    public Long getRelated() {
        return related;
    }

    @Override
    public FirewallRuleType getType() {
        return type;
    }

    @Override
    public TrafficType getTrafficType() {
        return trafficType;
    }

    @Override
    public boolean isDisplay() {
        return display;
    }

    @Override
    public long getAccountId() {
        return accountId;
    }

    @Override
    public long getDomainId() {
        return domainId;
    }

    public Date getCreated() {
        return created;
    }

    @Override
    public Class<?> getEntityType() {
        return FirewallRule.class;
    }

    @Override
    public String getName() {
        return null;
    }

    @Override
    public String toString() {
        return "Rule[" + id + "-" + purpose + "-" + protocol + "-" + sourcePortStart + "-" + sourcePortEnd + "-" + state + "]";
    }
}
