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

import javax.inject.Inject;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.network.IpAddress;
import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.RulesManager;
import com.cloud.user.Account;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackNoReturn;
import com.cloud.utils.db.TransactionCallbackWithException;
import com.cloud.utils.db.TransactionStatus;
import com.cloud.utils.net.NetUtils;

/**
 * RulesManagerImpl.reservePorts: one rule of the given purpose per port on the IP and, with openFirewall, an ingress
 * firewall rule for all CIDRs related to it (or the IP's existing one for that port), all in one transaction; then
 * each reserved rule is checked against the IP's other rules, and on a conflict the reserved rules (with the firewall
 * rules made for them) are removed again and the conflict is thrown.
 */
public class DevCloudRulesManager implements RulesManager {
    @Inject
    private DevCloudFirewallManager firewallManager;
    @Inject
    private FirewallRulesDaoImpl rulesDao;

    @Override
    public FirewallRule[] reservePorts(IpAddress ip, String protocol, FirewallRule.Purpose purpose, boolean openFirewall, Account caller, int... ports)
        throws NetworkRuleConflictException {
        long networkId = ip.getAssociatedWithNetworkId();
        for (int port : ports) {
            if (!NetUtils.isValidPort(port)) {
                throw new InvalidParameterValueException("publicPort is an invalid value: " + port);
            }
        }
        FirewallRuleVO[] rules = Transaction.execute((TransactionCallbackWithException<FirewallRuleVO[], NetworkRuleConflictException>)status -> {
            FirewallRuleVO[] reserved = new FirewallRuleVO[ports.length];
            for (int i = 0; i < ports.length; i++) {
                reserved[i] = rulesDao.persist(new FirewallRuleVO(ip.getId(), ports[i], ports[i], protocol, networkId, ip.getAccountId(), ip.getDomainId(), purpose,
                    null, null, null, null, null));
                if (openFirewall) {
                    firewallManager.createRuleForAllCidrs(ip.getId(), caller, ports[i], ports[i], protocol, null, null, reserved[i].getId(), networkId);
                }
            }
            return reserved;
        });
        boolean success = false;
        try {
            for (FirewallRuleVO rule : rules) {
                firewallManager.detectRulesConflict(rule);
            }
            success = true;
            return rules;
        } finally {
            if (!success) {
                Transaction.execute(new TransactionCallbackNoReturn() {
                    @Override
                    public void doInTransactionWithoutResult(TransactionStatus status) {
                        for (FirewallRuleVO rule : rules) {
                            // the related firewall rules go with it, as the firewall_rules.related foreign key cascades
                            for (FirewallRuleVO related : rulesDao.listByRelated(rule.getId())) {
                                rulesDao.removeRule(related.getId());
                            }
                            rulesDao.removeRule(rule.getId());
                        }
                    }
                });
            }
        }
    }
}
