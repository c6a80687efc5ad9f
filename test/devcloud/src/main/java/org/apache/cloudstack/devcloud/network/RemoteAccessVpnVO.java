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

import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.api.Displayable;
import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.api.InternalIdentity;

import com.cloud.utils.db.Encrypt;

/**
 * CloudStack's L2TP/IPsec remote-access VPN on a public IP (`remote_access_vpn`). devcloud seeds one on tenant1's
 * source-NAT IP and never changes it: it is there so that tests can see WireGuard leave it alone.
 */
@Entity
@Table(name = "remote_access_vpn")
public class RemoteAccessVpnVO implements ControlledEntity, Identity, InternalIdentity, Displayable {
    /** RemoteAccessVpn.State */
    public enum State {
        Added, Running, Removed
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "vpn_server_addr_id")
    private long serverAddressId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "network_id")
    private Long networkId;

    @Column(name = "domain_id")
    private long domainId;

    @Column(name = "local_ip")
    private String localIp;

    @Column(name = "ip_range")
    private String ipRange;

    @Encrypt
    @Column(name = "ipsec_psk")
    private String ipsecPresharedKey;

    @Column(name = "state")
    @Enumerated(value = EnumType.STRING)
    private State state;

    @Column(name = "vpc_id")
    private Long vpcId;

    @Column(name = "display")
    private boolean display = true;

    protected RemoteAccessVpnVO() {
        uuid = UUID.randomUUID().toString();
    }

    public RemoteAccessVpnVO(long accountId, long domainId, Long networkId, long serverAddressId, String localIp, String ipRange, String presharedKey) {
        this();
        this.accountId = accountId;
        this.domainId = domainId;
        this.networkId = networkId;
        this.serverAddressId = serverAddressId;
        this.localIp = localIp;
        this.ipRange = ipRange;
        this.ipsecPresharedKey = presharedKey;
        this.state = State.Added;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getUuid() {
        return uuid;
    }

    public long getServerAddressId() {
        return serverAddressId;
    }

    @Override
    public long getAccountId() {
        return accountId;
    }

    @Override
    public long getDomainId() {
        return domainId;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public String getLocalIp() {
        return localIp;
    }

    public String getIpRange() {
        return ipRange;
    }

    public String getIpsecPresharedKey() {
        return ipsecPresharedKey;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public Long getVpcId() {
        return vpcId;
    }

    @Override
    public boolean isDisplay() {
        return display;
    }

    @Override
    public Class<?> getEntityType() {
        return RemoteAccessVpnVO.class;
    }

    @Override
    public String getName() {
        return null;
    }
}
