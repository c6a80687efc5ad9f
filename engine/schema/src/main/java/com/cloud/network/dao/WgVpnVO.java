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

package com.cloud.network.dao;

import java.util.Date;
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

import com.cloud.network.WgVpn;
import com.cloud.utils.db.Encrypt;
import com.cloud.utils.db.GenericDao;

@Entity
@Table(name = "wireguard_vpn")
public class WgVpnVO implements WgVpn {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "domain_id", updatable = false)
    private long domainId;

    @Column(name = "account_id", updatable = false)
    private long accountId;

    @Column(name = "network_id")
    private Long networkId;

    @Column(name = "vpc_id")
    private Long vpcId;

    @Column(name = "display", updatable = true, nullable = false)
    private boolean display = true;

    @Enumerated(value = EnumType.STRING)
    @Column(name = "state")
    private State state;

    @Column(name = "vpn_server_addr_id", updatable = false)
    private long serverAddressId;

    @Column(name = "port")
    private int port;

    @Column(name = "ip4_enabled")
    private boolean ip4Enabled;

    @Column(name = "ip4_int_address")
    private String ip4Address;

    @Column(name = "ip4_range")
    private String ip4Range;

    @Column(name = "ip6_enabled")
    private boolean ip6Enabled;

    @Column(name = "ip6_int_address")
    private String ip6Address;

    @Column(name = "ip6_range")
    private String ip6Range;

    @Column(name = "public_key")
    private String publicKey;

    @Encrypt
    @Column(name = "private_key")
    private String privateKey;

    @Column(name = "mtu")
    private Integer mtu;

    @Column(name = "keepalive")
    private Integer keepalive;

    @Column(name = "dns", length = 1024)
    private String dns;

    // The Vpn-purpose firewall rule that reserves the port on the public IP (isolated networks), so
    // deleting the VPN revokes exactly that rule; the IP's other rules (the L2TP VPN's...) stay.
    @Column(name = "firewall_rule_id")
    private Long firewallRuleId;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date removed;

    protected WgVpnVO() {
        uuid = UUID.randomUUID().toString();
    }

    public WgVpnVO(long accountId, long domainId, Long networkId, Long vpcId, long serverAddressId, int port, String publicKey, String privateKey) {
        this.accountId = accountId;
        this.domainId = domainId;
        this.networkId = networkId;
        this.vpcId = vpcId;
        this.serverAddressId = serverAddressId;
        this.port = port;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        state = State.Added;
        uuid = UUID.randomUUID().toString();
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    @Override
    public long getDomainId() {
        return domainId;
    }

    @Override
    public long getAccountId() {
        return accountId;
    }

    @Override
    public Long getNetworkId() {
        return networkId;
    }

    @Override
    public Long getVpcId() {
        return vpcId;
    }

    @Override
    public boolean isDisplay() {
        return display;
    }

    public void setDisplay(boolean display) {
        this.display = display;
    }

    @Override
    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    @Override
    public long getServerAddressId() {
        return serverAddressId;
    }

    @Override
    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    @Override
    public boolean isIp4Enabled() {
        return ip4Enabled;
    }

    public void setIp4Enabled(boolean ip4Enabled) {
        this.ip4Enabled = ip4Enabled;
    }

    @Override
    public String getIp4Address() {
        return ip4Address;
    }

    public void setIp4Address(String ip4Address) {
        this.ip4Address = ip4Address;
    }

    @Override
    public String getIp4Range() {
        return ip4Range;
    }

    public void setIp4Range(String ip4Range) {
        this.ip4Range = ip4Range;
    }

    @Override
    public boolean isIp6Enabled() {
        return ip6Enabled;
    }

    public void setIp6Enabled(boolean ip6Enabled) {
        this.ip6Enabled = ip6Enabled;
    }

    @Override
    public String getIp6Address() {
        return ip6Address;
    }

    public void setIp6Address(String ip6Address) {
        this.ip6Address = ip6Address;
    }

    @Override
    public String getIp6Range() {
        return ip6Range;
    }

    public void setIp6Range(String ip6Range) {
        this.ip6Range = ip6Range;
    }

    @Override
    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    /** The server's private key (stored encrypted; never in a response or a log). */
    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    @Override
    public Integer getMtu() {
        return mtu;
    }

    public void setMtu(Integer mtu) {
        this.mtu = mtu;
    }

    @Override
    public Integer getKeepalive() {
        return keepalive;
    }

    public void setKeepalive(Integer keepalive) {
        this.keepalive = keepalive;
    }

    @Override
    public String getDns() {
        return dns;
    }

    public void setDns(String dns) {
        this.dns = dns;
    }

    public Long getFirewallRuleId() {
        return firewallRuleId;
    }

    public void setFirewallRuleId(Long firewallRuleId) {
        this.firewallRuleId = firewallRuleId;
    }

    @Override
    public Date getCreated() {
        return created;
    }

    @Override
    public Date getRemoved() {
        return removed;
    }

    @Override
    public Class<?> getEntityType() {
        return WgVpn.class;
    }

    /** The VPN has no name of its own; its uuid names it. */
    @Override
    public String getName() {
        return uuid;
    }

    @Override
    public String toString() {
        // no key material here: this string ends up in logs
        return "WgVpn[" + id + "-" + uuid + " ip=" + serverAddressId + " port=" + port + " " + state + "]";
    }
}
