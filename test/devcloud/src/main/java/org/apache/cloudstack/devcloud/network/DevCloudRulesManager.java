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
import java.util.List;

import javax.inject.Inject;

import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.network.IpAddress;
import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.RulesManager;
import com.cloud.user.Account;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackWithException;
import com.cloud.utils.net.NetUtils;

/**
 * RulesManagerImpl.reservePorts: one rule of the given purpose per port on the IP, each checked for conflicts, and
 * with openFirewall a related ingress firewall rule for all CIDRs; all or nothing.
 */
public class DevCloudRulesManager implements RulesManager {
    @Inject
    private DevCloudFirewallManager firewallManager;

    @Override
    public FirewallRule[] reservePorts(IpAddress ip, String protocol, FirewallRule.Purpose purpose, boolean openFirewall, Account caller, int... ports)
        throws NetworkRuleConflictException {
        long networkId = ip.getAssociatedWithNetworkId();
        return Transaction.execute((TransactionCallbackWithException<FirewallRule[], NetworkRuleConflictException>)status -> {
            List<FirewallRule> rules = new ArrayList<>();
            for (int port : ports) {
                if (!NetUtils.isValidPort(port)) {
                    throw new NetworkRuleConflictException("Invalid port " + port);
                }
                FirewallRuleVO rule = new FirewallRuleVO(ip.getId(), port, port, protocol, networkId, ip.getAccountId(), ip.getDomainId(), purpose, null,
                    null, null, null, null);
                rule = firewallManager.persistChecked(rule);
                rules.add(rule);
                if (openFirewall) {
                    firewallManager.createRuleForAllCidrs(ip.getId(), caller, port, port, protocol, null, null, rule.getId(), networkId);
                }
            }
            return rules.toArray(new FirewallRule[0]);
        });
    }
}
